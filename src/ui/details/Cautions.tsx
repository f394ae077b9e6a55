import type { Point } from '../../../points/schema';
import { formatCitation } from '../../data/describe-rule';

/** Point-specific cautions and time limits, placed first so they are never missed. */
export function Cautions({ point }: { point: Point }) {
  if (point.cautions.length === 0 && point.durations.length === 0) return null;
  return (
    <section className="cautions" aria-label="Cautions and time" data-testid="cautions">
      {point.cautions.map((caution) => (
        <p key={caution.text} className="caution">
          <strong>Caution:</strong> {caution.text}
          <span className="citation">{formatCitation(caution.citation)}</span>
        </p>
      ))}
      {point.durations.map((duration) => (
        <p key={duration.note} className="duration">
          <strong>Time:</strong> {duration.note}
          <span className="citation">{formatCitation(duration.citation)}</span>
        </p>
      ))}
    </section>
  );
}
