import { useEffect, useRef } from 'react';
import { pointByNumber } from '../../data/dataset';
import { DATASET } from '../../data/full-dataset';
import { summarise, type RoutineState } from './routine-engine';
import { durationText } from './format-time';

/** The end: what was done, what was skipped, the time spent. Kept on this device only. */
export function RoutineSummary({
  routine,
  onAgain,
  onLeave,
}: {
  routine: RoutineState;
  onAgain: () => void;
  onLeave: () => void;
}) {
  const summary = summarise(routine);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const names = (numbers: number[]) =>
    numbers.map((n) => `${n}. ${pointByNumber(DATASET, n)?.name ?? ''}`);
  return (
    <section className="routine-summary" aria-labelledby="routine-summary-title">
      <h2 id="routine-summary-title" ref={heading} tabIndex={-1}>
        Routine finished
      </h2>
      <dl className="routine-summary__figures" data-testid="routine-summary">
        <div>
          <dt>Points done</dt>
          <dd>{summary.done.length}</dd>
        </div>
        <div>
          <dt>Skipped</dt>
          <dd>{summary.skipped.length}</dd>
        </div>
        <div>
          <dt>Time pressing</dt>
          <dd>{durationText(summary.totalMs)}</dd>
        </div>
      </dl>
      {summary.done.length > 0 && (
        <>
          <h3>Done</h3>
          <ul>
            {names(summary.done).map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
      {summary.skipped.length > 0 && (
        <>
          <h3>Skipped</h3>
          <ul>
            {names(summary.skipped).map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
      <p className="routine-summary__private">
        This summary stays on this device: nothing is sent anywhere.
      </p>
      <div className="routine-actions">
        <button type="button" className="button routine-button" onClick={onAgain}>
          Start again
        </button>
        <button type="button" className="button button--quiet routine-button" onClick={onLeave}>
          Back to the atlas
        </button>
      </div>
    </section>
  );
}
