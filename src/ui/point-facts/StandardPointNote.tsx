import type { Point } from '../../../points/schema';

/** A likely standard acupuncture point: our interpretation, labelled as such, never a fact. */
export function StandardPointNote({ point }: { point: Point }) {
  const standard = point.standardPoint;
  if (standard === undefined) return null;
  return (
    <section className="standard-point">
      <h3>Possible standard point (our interpretation)</h3>
      <p>
        <strong>{standard.code}</strong>
        {standard.alternatives.length > 0 && <> (or {standard.alternatives.join(', ')})</>} —{' '}
        {standard.confidence} confidence. {standard.reasoning}
      </p>
    </section>
  );
}
