import type { Point } from '../../../points/schema';
import { disagreementsOf } from '../../data/dataset';
import { formatCitation } from '../../data/describe-rule';
import { useDataset } from '../../state/dataset-context';

/** Where the lists disagree or are unclear about this point, shown rather than resolved. */
export function Disagreements({ point }: { point: Point }) {
  const dataset = useDataset();
  const items = disagreementsOf(dataset, point);
  if (items.length === 0) return null;
  return (
    <section className="disagreements" data-testid="disagreements">
      <h3>
        <span className="badge badge--disputed" aria-hidden="true">
          ≠
        </span>{' '}
        Where the sources disagree
      </h3>
      {items.map((item) => (
        <details key={item.id} open>
          <summary>
            <span className="disagreement-id">{item.id}</span> {item.title}
          </summary>
          <p>{item.summary}</p>
          {item.readingTaken !== undefined && (
            <p>
              <strong>Reading used here:</strong> {item.readingTaken}
            </p>
          )}
          <p className="citation">{item.citations.map(formatCitation).join('; ')}</p>
        </details>
      ))}
    </section>
  );
}
