import { NO_WEBGL_LAUNCH } from './support/browser';
import { openAtlas } from './support/atlas-page';
import { expect, test } from './support/fixtures';
import { POINT_COUNT } from './support/expected';

/** A mangled or malicious link, the hint it must produce and the link the atlas keeps. */
const LINKS = [
  {
    search: '?point=%3Cscript%3Ealert(1)%3C%2Fscript%3E&self=named',
    hint: 'point=<script>alert(1)</script> was ignored',
    kept: '?self=named',
  },
  {
    search: '?%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1&point=3',
    hint: '<img src=x onerror=alert(1)>',
    kept: '?point=3',
  },
  {
    search: '?posture=%22onmouseover%3D%22alert(1)&region=foot',
    hint: 'posture="onmouseover="alert(1) was ignored',
    kept: '?region=foot',
  },
  {
    search: `?point=${'9'.repeat(5000)}&symmetry=midline`,
    hint: 'point=999',
    kept: '?symmetry=midline',
  },
  {
    search: '?point=1e9&point=4&mode=hack&region=leg',
    hint: 'point=1e9 was ignored',
    kept: '?region=leg',
  },
  {
    search: '?point=%E2%80%AE8&self=any',
    hint: `points are numbered 1 to ${POINT_COUNT}`,
    kept: '?self=any',
  },
];

// The links are about the DOM; without WebGL each page loads fast on a busy machine.
test.use({ launchOptions: NO_WEBGL_LAUNCH });

test.describe('hostile links', () => {
  for (const link of LINKS) {
    test(`${link.search.slice(0, 40)}: hint shown, nothing injected, the rest applied`, async ({
      page,
    }) => {
      const errors: string[] = [];
      const dialogs: string[] = [];
      // Listened for before the first load, so errors and alerts while it loads are caught too.
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await openAtlas(page, link.search);
      const hints = page.getByTestId('link-hints');
      await expect(hints).toBeVisible();
      await expect(hints).toContainText(link.hint);
      await expect(page.getByTestId('point-list')).toBeVisible();
      await expect(
        page.locator('[onerror], [onmouseover], img[src="x"], body script:not([src])'),
      ).toHaveCount(0);
      expect(new URL(page.url()).search).toBe(link.kept);
      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
    });
  }
});
