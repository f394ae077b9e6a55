import type { Citation } from '../../../points/schema';
import { formatCitation } from '../../data/citation-text';
import { useCitationScope } from './CitationScope';

/**
 * Compact numbered marks after a fact, so the text reads first: each number opens its source
 * (file, section, lines) in a popover, and the same number leads the point's source list.
 */
export function SourceMark({ citations }: { citations: readonly Citation[] }) {
  const { numbering, idPrefix, marks } = useCitationScope();
  const numbers = [...new Set(citations.map((c) => numbering.numberOf(c)))].filter(
    (n): n is number => n !== undefined,
  );
  if (numbers.length === 0 || marks === 'none') return null;
  return (
    <span className="source-marks">
      {numbers.map((number) => {
        const citation = numbering.list[number - 1]!;
        if (marks === 'number') return <sup key={number}>[{number}]</sup>;
        const id = `${idPrefix}-source-${number}`;
        return (
          <span key={number}>
            <button
              type="button"
              className="source-mark"
              popoverTarget={id}
              aria-label={`Source ${number}`}
            >
              {number}
            </button>
            <span id={id} popover="auto" className="source-popover">
              <strong>Source {number}</strong> {formatCitation(citation)}
            </span>
          </span>
        );
      })}
    </span>
  );
}
