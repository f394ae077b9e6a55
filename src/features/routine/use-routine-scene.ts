import { useEffect } from 'react';
import { useAtlasStore } from '../../state/atlas-store';
import type { RoutineState } from './routine-engine';
import { sideWorked } from './routine-plan';

/**
 * The shared body follows the routine: the current point is selected, on the side being worked
 * (the camera flies there and its finding guide is drawn), the body takes the point's posture while the routine is on,
 * and the link keeps the routine's plan. All put back as they were on leaving.
 */
export function useRoutineScene(routine: RoutineState | null) {
  useEffect(() => {
    const { showPosture, point, actions } = useAtlasStore.getState();
    actions.setShowPosture(true);
    return () => {
      actions.setShowPosture(showPosture);
      actions.selectPoint(point);
    };
  }, []);

  const step = routine?.phase === 'points' ? routine.plan[routine.stepIndex] : undefined;
  const point = step?.point ?? null;
  // The view shows the side the step names now: one side then the other, turning at the switch.
  const side =
    step?.sides === 'one-then-other' && routine !== null ? sideWorked(routine.timer.side) : null;
  useEffect(() => {
    useAtlasStore.getState().actions.selectPoint(point, side);
  }, [point, side]);

  const plan = routine?.plan;
  useEffect(() => {
    if (plan === undefined) return;
    const numbers = plan.map((step) => step.point);
    const current = useAtlasStore.getState().pointsInOrder;
    const same = current?.length === numbers.length && numbers.every((n, i) => current[i] === n);
    if (!same) useAtlasStore.getState().actions.startRoutine(numbers);
  }, [plan]);
}
