import { useEffect, useState } from 'react';
import { isRunning, type RoutineEvent } from './routine-engine';
import { useRoutineStore } from './routine-store';
import { chime, vibrate, type CueKind } from './cues';

/**
 * How often the display looks at the clock while a timer runs. Only the display: the time
 * itself comes from timestamps, so a slower look (a background tab) loses nothing.
 */
const LOOK_EVERY_MS = 250;

/**
 * The current time for the display, refreshed while the timer runs; each look also lets the
 * routine switch side or end the point, and plays the cues for what happened.
 */
export function useRoutineClock(): number {
  const running = useRoutineStore((s) => s.routine !== null && isRunning(s.routine));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const look = () => {
      const events = useRoutineStore.getState().actions.tick();
      playCues(events);
      setNow(Date.now());
    };
    look();
    if (!running) return;
    const timer = setInterval(look, LOOK_EVERY_MS);
    document.addEventListener('visibilitychange', look);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', look);
    };
  }, [running]);
  return now;
}

export function playCues(events: readonly RoutineEvent[]) {
  const routine = useRoutineStore.getState().routine;
  const kind: CueKind | null = events.includes('point-end')
    ? 'point-end'
    : events.includes('side-switch')
      ? 'side-switch'
      : null;
  if (kind === null || routine === null) return;
  if (routine.sound) chime(kind);
  if (routine.vibration) vibrate(kind);
}
