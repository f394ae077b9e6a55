import type { Point } from '../../../points/schema';
import { formatCitation } from '../../data/describe-rule';

/** Point-specific cautions, placed first so they are never missed, then any stated time. */
export function Cautions({ point }: { point: Point }) {
  return (
    <>
      {point.cautions.length > 0 && (
        <section className="cautions" aria-label="Cautions" data-testid="cautions">
          {point.cautions.map((caution) => (
            <p key={caution.text} className="caution">
              <strong>Caution:</strong> {caution.text}
              <span className="citation">{formatCitation(caution.citation)}</span>
            </p>
          ))}
        </section>
      )}
      {point.durations.map((duration) => (
        <p key={duration.note} className="duration">
          <strong>Time:</strong> {duration.note}
          <span className="citation">{formatCitation(duration.citation)}</span>
        </p>
      ))}
    </>
  );
}
