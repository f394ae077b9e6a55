import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOURCE_FILES } from './schema';
import {
  createOverlapChecker,
  findSharedRuns,
  normaliseWords,
  type SourceText,
} from './source-overlap';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourcesDir = path.resolve(repoRoot, '..', 'shared', 'sources');

/**
 * The source documents live beside the repository, not in it. Where they are absent (a clone on
 * its own) the tests that read them are skipped and say why; CI has them, and there their
 * absence is a failure.
 */
const sourcesPresent = existsSync(sourcesDir);
if (!sourcesPresent) {
  if (process.env.CI === 'true')
    throw new Error(`CI=true but the source documents are missing: expected them in ${sourcesDir}`);
  console.warn(
    `source-overlap: skipping the checks against the sources: ${sourcesDir} is not here. ` +
      'Run them where ../shared/sources sits beside the repository.',
  );
}

function loadSources(): SourceText[] {
  return SOURCE_FILES.map((name) => ({
    name,
    text: readFileSync(path.join(sourcesDir, name), 'utf8'),
  }));
}

/** Every string value anywhere in a JSON value, with a path to it for error messages. */
function collectStrings(value: unknown, at = '$'): { at: string; text: string }[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => collectStrings(item, `${at}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => collectStrings(item, `${at}.${key}`));
  }
  return [];
}

describe('normaliseWords', () => {
  it('lowercases and drops punctuation', () => {
    expect(normaliseWords('Don’t push!  Press it, GENTLY (3-5 min).')).toEqual([
      'don',
      't',
      'push',
      'press',
      'it',
      'gently',
      '3',
      '5',
      'min',
    ]);
  });
});

describe('findSharedRuns', () => {
  const source: SourceText = {
    name: 'planted.txt',
    text: 'Alpha beta gamma. Delta epsilon, zeta eta theta iota kappa lambda.',
  };

  it('finds a planted run of eight words, ignoring case and punctuation', () => {
    const runs = findSharedRuns('We say: BETA gamma delta epsilon zeta eta theta iota!', [source]);
    expect(runs).toEqual([
      {
        words: 'beta gamma delta epsilon zeta eta theta iota',
        length: 8,
        sources: ['planted.txt'],
      },
    ]);
  });

  it('ignores a run of seven words', () => {
    expect(
      findSharedRuns('We say beta gamma delta epsilon zeta eta theta here.', [source]),
    ).toEqual([]);
  });

  it('merges overlapping windows into one maximal run', () => {
    const runs = findSharedRuns('alpha beta gamma delta epsilon zeta eta theta iota kappa', [
      source,
    ]);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.length).toBe(10);
  });

  it.skipIf(!sourcesPresent)('finds a run copied from a real source file', () => {
    const sources = loadSources();
    const copied =
      'As we read it, the massage of the points must be performed slowly, says the text.';
    expect(findSharedRuns(copied, sources).map((run) => run.sources)).toEqual([
      ['000_6b51c40c321a4cb5.txt'],
    ]);
  });
});

describe.skipIf(!sourcesPresent)('points.json wording', () => {
  it('shares no run of eight or more words with any source file', () => {
    const check = createOverlapChecker(loadSources());
    const data: unknown = JSON.parse(
      readFileSync(path.join(repoRoot, 'points', 'points.json'), 'utf8'),
    );
    const strings = collectStrings(data);
    expect(strings.length).toBeGreaterThan(100);
    const copies = strings.flatMap(({ at, text }) =>
      check(text).map((run) => `${at}: "${run.words}" (${run.sources.join(', ')})`),
    );
    expect(copies).toEqual([]);
  });
});
