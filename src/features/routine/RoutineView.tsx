import './routine.css';
import { useEffect, type ReactNode } from 'react';
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

/**
 * The self-massage routine: the check, the plan, one point at a time with its timer, and the
 * summary, beside the body (above it on a phone). Its layout is its own (routine.css).
 */
export function RoutineView({ stage }: { stage: ReactNode }) {
  const routine = useRoutineStore((s) => s.routine);
  const discardNotice = useRoutineStore((s) => s.discardNotice);
  const { open, close, restart, dismissNotice, pause } = useRoutineActions();
  const { setMode } = useAtlasActions();
  // On entering: a link or a button asked for these points (or none: resume, else the default).
  useEffect(() => {
    open(DATASET, useAtlasStore.getState().routinePoints);
    return close;
  }, [open, close]);
  const now = useRoutineClock();
  const running = routine !== null && isRunning(routine);
  const wakeLock = useWakeLock(running);
  useRoutineScene(routine);
  // Leaving on purpose pauses the timer; a reload or a locked phone does not (time goes on).
  const leave = () => {
    pause();
    setMode('explore');
  };

  return (
    <div className="routine-layout" data-phase={routine?.phase ?? 'loading'}>
      <header className="routine-header">
        <h1>Self-massage routine</h1>
        <button type="button" className="button button--quiet routine-button" onClick={leave}>
          Leave
        </button>
      </header>
      <RoutineEvidence />
      <LinkHints />
      {discardNotice !== null && (
        <section className="routine-notice" role="status" data-testid="routine-discarded">
          <p>{discardNotice} A new routine starts here.</p>
          <button type="button" className="button button--quiet" onClick={dismissNotice}>
            Dismiss
          </button>
        </section>
      )}
      <section className="routine-stage" aria-label="3D body">
        {stage}
      </section>
      <main className="routine-panel" tabIndex={-1}>
        {routine === null ? null : routine.phase === 'check' ? (
          <RoutineCheck routine={routine} />
        ) : routine.phase === 'stopped' ? (
          <RoutineStopped routine={routine} onLeave={leave} />
        ) : routine.phase === 'plan' ? (
          <RoutinePlan routine={routine} />
        ) : routine.phase === 'points' ? (
          <RoutineStep routine={routine} now={now} />
        ) : (
          <RoutineSummary routine={routine} onAgain={() => restart(DATASET)} onLeave={leave} />
        )}
        {running && wakeLock !== 'supported' && (
          <p className="routine-panel__note" data-testid="routine-wake-note">
            This browser cannot keep the screen on here: lengthen the phone&apos;s auto-lock, or tap
            the screen now and then.
          </p>
        )}
      </main>
    </div>
  );
}
