import { useEffect, useRef } from 'react';
import { pointByNumber } from '../../data/dataset';
import { DATASET } from '../../data/full-dataset';
import { summarise, type PointTime, type RoutineState } from './routine-engine';
import { durationText } from './format-time';
import { useDiaryActions, useDiaryStore } from './diary/diary-store';
import { RatingSelect } from './RatingSelect';
import { RemindMe } from './reminder/RemindMe';
import { NOTE_MAX_LENGTH } from './diary/diary-entry';

/**
 * The end: points done, partly done and skipped, each with its minutes, then how it felt (for
 * the private diary) and a reminder for next time. Nothing leaves the device.
 */
export function RoutineSummary({
  routine,
  now,
  onAgain,
  onLeave,
  onDiary,
}: {
  routine: RoutineState;
  /** The routine's clock, which the view reads once a second. */
  now: number;
  onAgain: () => void;
  onLeave: () => void;
  onDiary: () => void;
}) {
  const summary = summarise(routine, now);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const entry = useDiaryStore((state) =>
    state.entries.find((candidate) => candidate.id === routine.diaryEntry),
  );
  const { annotate } = useDiaryActions();
  const groups: { title: string; times: PointTime[] }[] = [
    { title: 'Done', times: summary.done },
    { title: 'Partly done', times: summary.partly },
    { title: 'Skipped', times: summary.skipped },
  ];
  return (
    <section className="routine-summary" aria-labelledby="routine-summary-title">
      <h2 id="routine-summary-title" ref={heading} tabIndex={-1}>
        Routine finished
      </h2>
      <dl className="routine-summary__figures" data-testid="routine-summary">
        <div>
          <dt>Done</dt>
          <dd>{summary.done.length}</dd>
        </div>
        <div>
          <dt>Partly done</dt>
          <dd>{summary.partly.length}</dd>
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
      {groups
        .filter((group) => group.times.length > 0)
        .map((group) => (
          <section key={group.title} className="routine-summary__group">
            <h3>{group.title}</h3>
            <ul>
              {group.times.map((time) => (
                <li key={time.point}>
                  {time.point}. {pointByNumber(DATASET, time.point)?.name ?? ''}
                  {time.spentMs > 0 && (
                    <span className="routine-summary__time"> · {durationText(time.spentMs)}</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      {entry !== undefined && (
        <section className="routine-summary__feel" aria-labelledby="routine-feel-title">
          <h3 id="routine-feel-title">How did it go?</h3>
          <RatingSelect
            label="Discomfort now, 0 to 10 (optional)"
            value={entry.after}
            onChange={(after) => annotate(entry.id, { after })}
          />
          <label className="routine-note">
            <span>A note for yourself (optional)</span>
            <textarea
              rows={2}
              maxLength={NOTE_MAX_LENGTH}
              value={entry.note}
              onChange={(event) => annotate(entry.id, { note: event.currentTarget.value })}
            />
          </label>
          <p className="routine-summary__private">
            Kept in your diary on this device only: nothing is sent anywhere.
          </p>
        </section>
      )}
      <RemindMe
        points={routine.plan.map((step) => step.point)}
        minutes={routine.minutesPerPoint * routine.plan.length}
      />
      <div className="routine-actions">
        <button type="button" className="button routine-button" onClick={onDiary}>
          Your diary
        </button>
        <button type="button" className="button button--quiet routine-button" onClick={onAgain}>
          Start again
        </button>
        <button type="button" className="button button--quiet routine-button" onClick={onLeave}>
          Back to the atlas
        </button>
      </div>
    </section>
  );
}
