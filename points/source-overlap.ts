/**
 * Finds wording copied from the source documents.
 *
 * The dataset must state the sources' facts in our own words: no run of `minWords` (default 8)
 * or more consecutive words may match a source. Words are compared after lowercasing and
 * splitting on anything that is not a letter or a digit, so punctuation and case are ignored.
 */

export interface SourceText {
  /** A name for the source, reported with each match (e.g. its file name). */
  name: string;
  text: string;
}

export interface SharedRun {
  /** The shared words, normalised and joined by single spaces. */
  words: string;
  /** How many words the run spans (at least `minWords`). */
  length: number;
  /** Names of the sources that contain the run's first `minWords` words. */
  sources: string[];
}

/** Lowercases a text and splits it into words made only of letters and digits. */
export function normaliseWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/**
 * Indexes the sources once and returns a checker for many texts. The checker returns every run
 * of at least `minWords` consecutive words that a text shares with any source; overlapping
 * matches are merged into one maximal run, and an empty array means none.
 */
export function createOverlapChecker(
  sources: readonly SourceText[],
  minWords = 8,
): (text: string) => SharedRun[] {
  if (!Number.isInteger(minWords) || minWords < 1) {
    throw new RangeError(`minWords must be a positive integer, got ${minWords}`);
  }
  const grams = new Map<string, Set<string>>();
  for (const source of sources) {
    const words = normaliseWords(source.text);
    for (let i = 0; i + minWords <= words.length; i++) {
      const gram = words.slice(i, i + minWords).join(' ');
      let names = grams.get(gram);
      if (!names) grams.set(gram, (names = new Set()));
      names.add(source.name);
    }
  }

  return (text) => {
    const words = normaliseWords(text);
    const runs: SharedRun[] = [];
    let i = 0;
    while (i + minWords <= words.length) {
      const first = grams.get(words.slice(i, i + minWords).join(' '));
      if (!first) {
        i++;
        continue;
      }
      // Extend while the next window also matches a source.
      let end = i + minWords;
      while (end < words.length && grams.has(words.slice(end - minWords + 1, end + 1).join(' '))) {
        end++;
      }
      const run = words.slice(i, end);
      runs.push({ words: run.join(' '), length: run.length, sources: [...first].sort() });
      i = end - minWords + 1;
    }
    return runs;
  };
}

/** One-off form of {@link createOverlapChecker}: checks a single text against `sources`. */
export function findSharedRuns(
  text: string,
  sources: readonly SourceText[],
  minWords = 8,
): SharedRun[] {
  return createOverlapChecker(sources, minWords)(text);
}
