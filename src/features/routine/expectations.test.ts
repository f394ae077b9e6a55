import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOURCE_FILES } from '../../../points/schema';
import { createOverlapChecker } from '../../../points/source-overlap';
import { EXPECTATIONS } from './expectations';

const sourcesDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/sources',
);
// As points/source-overlap.test.ts: beside the repository in CI, perhaps absent in a lone clone.
const sourcesPresent = existsSync(sourcesDir);

describe('what to expect', () => {
  it('cites each of its statements', () => {
    expect(EXPECTATIONS.map((e) => e.topic)).toEqual([
      'How long',
      'How often',
      'What it does not promise',
    ]);
    for (const item of EXPECTATIONS) expect(item.citations.length).toBeGreaterThan(0);
  });

  it.skipIf(!sourcesPresent)('is in our own words: no run of eight words from a source', () => {
    const check = createOverlapChecker(
      SOURCE_FILES.map((name) => ({
        name,
        text: readFileSync(path.join(sourcesDir, name), 'utf8'),
      })),
    );
    const copies = EXPECTATIONS.flatMap(({ topic, text }) =>
      check(text).map((run) => `${topic}: "${run.words}"`),
    );
    expect(copies).toEqual([]);
  });
});
