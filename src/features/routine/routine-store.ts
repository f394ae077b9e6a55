import { create } from 'zustand';
import type { Dataset } from '../../../points/schema';
import * as engine from './routine-engine';
import { namedSelfMassagePoints, planFor, sourceMinutes } from './routine-plan';
import { readSavedRoutine, ROUTINE_STORAGE_KEY, serialiseRoutine } from './saved-routine';

/** The clock every change is stamped with; epoch time, so a reload keeps counting. */
const now = () => Date.now();

interface RoutineStore {
  routine: engine.RoutineState | null;
  /** Why a saved routine was thrown away, shown until dismissed. */
  discardNotice: string | null;
  actions: {
    /** Resumes the saved routine for these points, or starts a new one. */
    open: (dataset: Dataset, requested: readonly number[] | undefined) => void;
    answer: (index: number, value: engine.CheckAnswer) => void;
    submitCheck: () => void;
    /** Back to the check's questions, answers kept (from the plan, or after a "yes"). */
    reviewCheck: () => void;
    setPlan: (plan: engine.StepPlan[]) => void;
    setMinutes: (minutes: number) => void;
    setCues: (cues: Partial<Pick<engine.RoutineState, 'sound' | 'vibration'>>) => void;
    beginPoints: () => void;
    start: () => void;
    pause: () => void;
    addMinute: () => void;
    back: () => void;
    /** Skips the current point; returns what happened, for the cues. */
    skip: () => engine.RoutineEvent[];
    /** Looks at the clock; returns what happened (a side switched, a point ended), for the cues. */
    tick: () => engine.RoutineEvent[];
    restart: (dataset: Dataset) => void;
    /** Forgets the routine in memory (it stays saved) when the mode is left. */
    close: () => void;
    dismissNotice: () => void;
  };
}

export const useRoutineStore = create<RoutineStore>()((set, get) => {
  /** Every change is the engine's, stamped with the clock. */
  const change = (update: (state: engine.RoutineState, now: number) => engine.RoutineState) => {
    const { routine } = get();
    if (routine !== null) set({ routine: update(routine, now()) });
  };
  const step = (update: (state: engine.RoutineState, now: number) => engine.Changed) => {
    const { routine } = get();
    if (routine === null) return [];
    const changed = update(routine, now());
    if (changed.state !== routine) set({ routine: changed.state });
    return changed.events;
  };
  return {
    routine: null,
    discardNotice: null,
    actions: {
      open(dataset, requested) {
        const saved = readSavedRoutine(readStorage(), dataset, now());
        const wanted =
          requested ?? (saved.kind === 'loaded' ? undefined : namedSelfMassagePoints(dataset));
        if (saved.kind === 'loaded' && (wanted === undefined || samePoints(saved.state, wanted))) {
          set({ routine: saved.state, discardNotice: null });
          return;
        }
        const points = wanted ?? namedSelfMassagePoints(dataset);
        set({
          routine: fresh(dataset, points),
          discardNotice:
            saved.kind === 'discarded' ? `A saved routine was discarded: ${saved.reason}.` : null,
        });
      },
      answer: (index, value) => change((state) => engine.answer(state, index, value)),
      submitCheck: () => change(engine.submitCheck),
      reviewCheck: () => change(engine.reviewCheck),
      setPlan: (plan) => change((state) => engine.setPlan(state, plan)),
      setMinutes: (minutes) => change((state) => engine.setMinutes(state, minutes)),
      setCues: (cues) => change((state) => engine.setCues(state, cues)),
      beginPoints: () => change(engine.beginPoints),
      start: () => change(engine.start),
      pause: () => change(engine.pause),
      addMinute: () => change(engine.addMinute),
      back: () => change(engine.back),
      skip: () => step(engine.skip),
      tick: () => step(engine.tick),
      restart(dataset) {
        const routine = get().routine;
        const points = routine?.plan.map((s) => s.point) ?? namedSelfMassagePoints(dataset);
        set({ routine: fresh(dataset, points) });
      },
      close: () => set({ routine: null, discardNotice: null }),
      dismissNotice: () => set({ discardNotice: null }),
    },
  };
});

export const useRoutineActions = () => useRoutineStore((state) => state.actions);

function fresh(dataset: Dataset, points: readonly number[]): engine.RoutineState {
  return engine.createRoutine(
    planFor(dataset, points),
    dataset.contraindications.length,
    sourceMinutes(dataset, points),
  );
}

function samePoints(state: engine.RoutineState, points: readonly number[]): boolean {
  return (
    state.plan.length === points.length && state.plan.every((step, i) => step.point === points[i])
  );
}

// Every change is saved at once: a phone may lock or a tab be killed at any moment.
useRoutineStore.subscribe((state, previous) => {
  if (state.routine === previous.routine || state.routine === null) return;
  writeStorage(serialiseRoutine(state.routine, now()));
});

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(ROUTINE_STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode, policy): the routine runs, unsaved
  }
}

function writeStorage(text: string) {
  try {
    window.localStorage.setItem(ROUTINE_STORAGE_KEY, text);
  } catch {
    // Full or blocked storage: the routine still runs, it just cannot survive a reload.
  }
}
