import { useEffect, useRef } from 'react';
import { DATASET } from '../../data/full-dataset';
import type { RoutineState } from './routine-engine';
import { useRoutineActions } from './routine-store';
import { conditionsOf } from './cautions';

/** A condition marked in the check: the routine stops here, plainly, and the marks can be reviewed. */
export function RoutineStopped({
  routine,
  onLeave,
}: {
  routine: RoutineState;
  onLeave: () => void;
}) {
  const { evidence } = DATASET;
  const { reviewCheck } = useRoutineActions();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const reasons = conditionsOf(DATASET).filter((_, i) => routine.applies[i] === true);
  return (
    // Not an alert as well: its heading takes the focus, which reads it once.
    <section className="routine-stopped" aria-labelledby="routine-stopped-title">
      <h2 id="routine-stopped-title" ref={heading} tabIndex={-1}>
        Please see a doctor first
      </h2>
      <p>
        You marked a condition the source gives as a reason to wait. Do not start these points on
        your own: ask a doctor whether massage is safe for you.
      </p>
      <ul>
        {reasons.map((item) => (
          <li key={item.text}>{item.text}</li>
        ))}
      </ul>
      <p className="routine-stopped__evidence">
        <strong>{evidence.headline}.</strong> {evidence.statement}
      </p>
      <div className="routine-actions">
        <button type="button" className="button routine-button" onClick={reviewCheck}>
          Review what I marked
        </button>
        <button type="button" className="button button--quiet routine-button" onClick={onLeave}>
          Back to the atlas
        </button>
      </div>
    </section>
  );
}
