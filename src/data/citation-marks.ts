import type { Citation, Dataset, Point } from '../../points/schema';
import { disagreementsOf } from './dataset';

/** Numbered source marks: each distinct citation gets one number, in the order it is first cited. */
export interface CitationMarks {
  /** The distinct citations, numbered from 1 in list order. */
  list: Citation[];
  /** The number of a citation, or undefined if it is not in the list. */
  numberOf: (citation: Citation) => number | undefined;
}

const keyOf = ({ file, section, lines: [first, last] }: Citation) =>
  `${file}\n${section}\n${first}-${last}`;

export function citationMarks(citations: readonly Citation[]): CitationMarks {
  const numbers = new Map<string, number>();
  const list: Citation[] = [];
  for (const citation of citations) {
    const key = keyOf(citation);
    if (numbers.has(key)) continue;
    list.push(citation);
    numbers.set(key, list.length);
  }
  return { list, numberOf: (citation) => numbers.get(keyOf(citation)) };
}

/** Every citation of a point, in the order its facts are shown (cautions first, sources last). */
export function pointCitations(point: Point, dataset: Dataset): Citation[] {
  return [
    ...ownCitations(point),
    ...selfMassageCitations(point),
    ...disagreementsOf(dataset, point).flatMap((item) => item.citations),
  ];
}

/**
 * The citations of the point's own facts: its cautions, time, place, posture and pair. A
 * printed card cites these; what the sources disagree about is cited in the atlas.
 */
export function ownCitations(point: Point, { withDurations = true } = {}): Citation[] {
  return [
    ...point.cautions.map((caution) => caution.citation),
    ...(withDurations ? point.durations.map((duration) => duration.citation) : []),
    point.location.citation,
    point.posture.citation,
    point.pairTechnique.citation,
  ];
}

export function selfMassageCitations(point: Point): Citation[] {
  return [point.selfMassage.citation, ...point.selfMassage.otherLists.map((m) => m.citation)];
}
