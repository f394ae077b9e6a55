import type { Citation } from '../../points/schema';

export function formatLines({ lines: [first, last] }: Citation): string {
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

/** A citation in words: file, section and lines. */
export function formatCitation(citation: Citation): string {
  return `${citation.file}, “${citation.section}”, ${formatLines(citation)}`;
}
