import { useEffect, useId, useMemo, useRef } from 'react';
import { pointCitations } from '../../data/citation-marks';
import { pointByNumber } from '../../data/dataset';
import { DATASET } from '../../data/full-dataset';
import { Cautions } from '../../ui/point-facts/Cautions';
import { CitationScope } from '../../ui/point-facts/CitationScope';
import { PointHeading } from '../../ui/point-facts/PointHeading';
import { PostureAndPair } from '../../ui/point-facts/PostureAndPair';
import { SourceMark } from '../../ui/point-facts/SourceMark';
import '../../ui/point-facts/point-facts.css';
import {
  elapsedMs,
  isRunning,
  MS_PER_MINUTE,
  remainingMs,
  type RoutineState,
} from './routine-engine';
import { sidesStated, sideWords } from './routine-plan';
import { useRoutineActions } from './routine-store';
import { clockText, durationText } from './format-time';
import { MinuteAnnouncer } from './MinuteAnnouncer';
import { TimerRing } from './TimerRing';
import { playCues } from './use-routine-clock';
import { unlockAudio } from './cues';

/** One point of the routine: where it is, how to press, which side now, and its timer. */
export function RoutineStep({ routine, now }: { routine: RoutineState; now: number }) {
  const { pause, start, addMinute, back, skip } = useRoutineActions();
  const titleId = useId();
  const plan = routine.plan[routine.stepIndex];
  const point = plan === undefined ? undefined : pointByNumber(DATASET, plan.point);
  const citations = useMemo(
    () => (point === undefined ? [] : pointCitations(point, DATASET)),
    [point],
  );
  const heading = useRef<HTMLDivElement>(null);
  // A new point: focus its heading, so a screen reader hears where it is and Tab starts there.
  useEffect(() => heading.current?.focus(), [routine.stepIndex]);
  if (plan === undefined || point === undefined) return null;

  const { timer } = routine;
  const running = isRunning(routine);
  const started = running || timer.accumulatedMs > 0;
  const paused = !running && timer.accumulatedMs > 0;
  const pressedBefore = routine.steps[routine.stepIndex]?.spentMs ?? 0;
  const left = remainingMs(timer, now);
  const words = sideWords(point, plan.sides, timer.side);
  const technique = DATASET.technique[0];
  return (
    <CitationScope citations={citations}>
      <article
        className="routine-step"
        aria-labelledby={titleId}
        data-routine-point={point.number}
        data-routine-side={plan.sides === 'one-then-other' ? timer.side : 'none'}
      >
        <div ref={heading} tabIndex={-1} className="routine-step__heading">
          <p className="eyebrow">
            Point {routine.stepIndex + 1} of {routine.plan.length}
          </p>
          <PointHeading point={point} titleId={titleId} detailed={false} />
        </div>

        <div className="routine-step__now">
          <p className="routine-side" data-testid="routine-side">
            {words.now}
          </p>
          <p className="routine-side__order">
            {words.order}
            {plan.sides === 'one-then-other' &&
              `, ${durationText((routine.minutesPerPoint * MS_PER_MINUTE) / 2)} each`}
            {!sidesStated(point) && ' (our reading: the source does not say)'}. {words.hand}
          </p>
        </div>

        <div className="routine-timer" data-paused={paused}>
          <TimerRing
            fractionLeft={left / timer.durationMs}
            text={clockText(left)}
            switchAt={timer.switchAtMs === null ? null : timer.switchAtMs / timer.durationMs}
          />
          <MinuteAnnouncer
            remainingMs={left}
            running={running}
            side={plan.sides === 'one-then-other' ? words.now : null}
            pointName={point.name}
          />
          <div className="routine-controls" role="group" aria-label="Timer">
            {running ? (
              <button
                type="button"
                className="button routine-button routine-button--main"
                onClick={pause}
              >
                Pause
              </button>
            ) : (
              <button
                type="button"
                className="button routine-button routine-button--main"
                onClick={() => {
                  unlockAudio();
                  start();
                }}
              >
                {started ? 'Resume' : 'Start'}
              </button>
            )}
            <button
              type="button"
              className="button button--quiet routine-button"
              onClick={addMinute}
            >
              +1 minute
            </button>
            <button
              type="button"
              className="button button--quiet routine-button"
              disabled={routine.stepIndex === 0 && elapsedMs(timer, now) === 0}
              aria-label="Back to the previous point"
              onClick={back}
            >
              Back
            </button>
            <button
              type="button"
              className="button button--quiet routine-button"
              aria-label="Skip this point"
              onClick={() => playCues(skip())}
            >
              Skip
            </button>
          </div>
          {paused && (
            <p className="routine-paused" role="status" data-testid="routine-paused">
              Paused. The time stands still until you press Resume.
            </p>
          )}
          {!started && (
            <p className="routine-step__ready">Find the point first, then press Start.</p>
          )}
          {pressedBefore > 0 && (
            <p className="routine-step__before" data-testid="routine-pressed-before">
              Pressed before: {durationText(pressedBefore)}. This go adds to it.
            </p>
          )}
        </div>

        <section className="routine-step__how" aria-label="How to find and press it">
          <h3>How to find it</h3>
          <p>
            {point.location.description}
            <SourceMark citations={[point.location.citation]} />
          </p>
          <p className="routine-step__guide-note">
            On the body: the blue dot is the landmark, each white tick one finger-width.
          </p>
          <h3>How to press</h3>
          {technique !== undefined && (
            <p>
              {technique.text}
              <SourceMark citations={[technique.citation]} />
            </p>
          )}
          <PostureAndPair point={point} withNotes />
          <Cautions point={point} withDurations={false} />
        </section>
      </article>
    </CitationScope>
  );
}
