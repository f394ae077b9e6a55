import './routine.css';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';
import { DATASET } from '../../data/full-dataset';
import { LinkHints } from '../../ui/LinkHints';
import { isRunning } from './routine-engine';
import { useRoutineActions, useRoutineStore } from './routine-store';
import { RoutineCheck } from './RoutineCheck';
import { RoutineEvidence } from './RoutineEvidence';
import { RoutinePlan } from './RoutinePlan';
import { RoutineStep } from './RoutineStep';
import { RoutineStopped } from './RoutineStopped';
import { RoutineSummary } from './RoutineSummary';
import { useRoutineClock } from './use-routine-clock';
import { useRoutineScene } from './use-routine-scene';
import { useWakeLock } from './use-wake-lock';
import { Diary } from './diary/Diary';

/**
 * The self-massage routine: the check, the plan, one point at a time with its timer, and the
 * summary, beside the body (above it on a phone). Its layout is its own (routine.css).
 */
export function RoutineView({ stage }: { stage: ReactNode }) {
  const routine = useRoutineStore((s) => s.routine);
  const discardNotice = useRoutineStore((s) => s.discardNotice);
  const { open, restart, dismissNotice, leave: leaveRoutine } = useRoutineActions();
  const { setMode } = useAtlasActions();
  // The diary takes the panel's place while open: a view of this mode, not shared state.
  const [diaryOpen, setDiaryOpen] = useState(false);
  // On entering: a link or a button asked for these points (or none: resume, else the default).
  // Any way out (Leave, the browser's Back, another mode's key) pauses and writes the diary.
  useEffect(() => {
    open(DATASET, useAtlasStore.getState().pointsInOrder);
    return leaveRoutine;
  }, [open, leaveRoutine]);
  const now = useRoutineClock();
  // A new screen (check, plan, a point's step, the end, the diary) starts at its top: the panel
  // scrolls, and a long check left it far down.
  const panel = useRef<HTMLElement>(null);
  const screen = diaryOpen ? 'diary' : routine?.phase;
  // Focus goes with it to the screen's heading, so a screen reader hears where it is and Tab
  // starts there (the step, the stop and the end focus their own).
  useEffect(() => {
    panel.current?.scrollTo({ top: 0 });
    panel.current?.querySelector<HTMLElement>('[data-screen-heading]')?.focus();
  }, [screen, routine?.stepIndex, routine?.declared]);
  const running = routine !== null && isRunning(routine);
  const wakeLock = useWakeLock(running);
  useRoutineScene(routine);
  // Leaving pauses the timer; a reload or a locked phone does not (time goes on).
  // The unmount above does the leaving itself.
  const leave = () => setMode('explore');

  return (
    <div className="routine-layout" data-phase={routine?.phase ?? 'loading'}>
      <header className="routine-header">
        <h1>Self-massage routine</h1>
        <button
          type="button"
          className="button button--quiet routine-button"
          aria-pressed={diaryOpen}
          onClick={() => setDiaryOpen(!diaryOpen)}
        >
          Diary
        </button>
        <button type="button" className="button button--quiet routine-button" onClick={leave}>
          Leave
        </button>
      </header>
      <RoutineEvidence />
      <LinkHints />
      {discardNotice !== null && (
        <section className="routine-notice" role="status" data-testid="routine-discarded">
          <p>
            {discardNotice} It is kept aside in this browser&apos;s storage; a new routine starts
            here.
          </p>
          <button type="button" className="button button--quiet" onClick={dismissNotice}>
            Dismiss
          </button>
        </section>
      )}
      <section className="routine-stage" aria-label="3D body">
        {stage}
      </section>
      <main ref={panel} className="routine-panel" tabIndex={-1}>
        {diaryOpen ? (
          <Diary onClose={() => setDiaryOpen(false)} />
        ) : routine === null ? null : routine.phase === 'check' ? (
          <RoutineCheck routine={routine} />
        ) : routine.phase === 'stopped' ? (
          <RoutineStopped routine={routine} onLeave={leave} />
        ) : routine.phase === 'plan' ? (
          <RoutinePlan routine={routine} />
        ) : routine.phase === 'points' ? (
          <RoutineStep routine={routine} now={now} />
        ) : (
          <RoutineSummary
            routine={routine}
            now={now}
            onAgain={() => restart(DATASET)}
            onLeave={leave}
            onDiary={() => setDiaryOpen(true)}
          />
        )}
        {running && !diaryOpen && wakeLock !== 'supported' && (
          <p className="routine-panel__note" data-testid="routine-wake-note">
            This browser cannot keep the screen on here: lengthen the phone&apos;s auto-lock, or tap
            the screen now and then.
          </p>
        )}
      </main>
    </div>
  );
}
