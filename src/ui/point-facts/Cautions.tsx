import type { Point } from '../../../points/schema';
import { SourceMark } from './SourceMark';

/** Point-specific cautions, placed first so they are never missed; then any stated time. */
export function Cautions({ point, withDurations }: { point: Point; withDurations: boolean }) {
  return (
    <>
      {point.cautions.length > 0 && (
        <section className="cautions" aria-label="Cautions" data-testid="cautions">
          {point.cautions.map((caution) => (
            <p key={caution.text} className="caution">
              <strong>Caution:</strong> {caution.text}
              <SourceMark citations={[caution.citation]} />
            </p>
          ))}
        </section>
      )}
      {withDurations &&
        point.durations.map((duration) => (
          <p key={duration.note} className="duration">
            <strong>Time:</strong> {duration.note}
            <SourceMark citations={[duration.citation]} />
          </p>
        ))}
    </>
  );
}
