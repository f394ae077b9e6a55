import { test as base, expect } from '@playwright/test';
import { watchForeignRequests } from './atlas-page';

interface AtlasFixtures {
  /**
   * Every request this test's pages made beyond the app's own origin. Checked after every test,
   * whether the test asks for it or not: the atlas requests nothing beyond its own origin.
   */
  foreignRequests: string[];
}

/** Playwright's `test` with the atlas's own fixtures; import `test` and `expect` from here. */
export const test = base.extend<AtlasFixtures>({
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const foreign = watchForeignRequests(context, baseURL ?? '');
      await use(foreign);
      expect(foreign, 'requests beyond the app’s own origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
