import { durationText } from './format-time';
import { timeStated, type RoutineState } from './routine-engine';

/**
 * The time before Begin, said plainly: per point, per side where a pair is pressed one side at a
 * time, and in all. People pressed for about half the suggested time when this was left vague.
 */
export function TimeStated({ routine }: { routine: RoutineState }) {
  const { pointMs, sideMs } = timeStated(routine.minutesPerPoint);
  const kinds = new Set(routine.plan.map((step) => step.sides));
  const total = pointMs * routine.plan.length;
  return (
    <ul className="routine-time-stated" data-testid="routine-time-stated">
      <li>
        <strong>{durationText(pointMs)}</strong> a point
        {kinds.has('both-at-once') && ', both sides together where a pair is pressed at once'}.
      </li>
      {kinds.has('one-then-other') && (
        <li>
          <strong>{durationText(sideMs)}</strong> a side where a pair is pressed one side, then the
          other: the timer says when to switch.
        </li>
      )}
      <li>
        <strong>{durationText(total)}</strong> in all for {routine.plan.length} point
        {routine.plan.length === 1 ? '' : 's'}.
      </li>
    </ul>
  );
}
