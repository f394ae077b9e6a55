import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Dataset } from '../../../points/schema';
import { DATASET } from '../../data/full-dataset';
import { deviceStorage, outdated, setAside, storedProblem } from '../../lib/device-storage';
import { entryFromRoutine, newEntryId } from './diary/diary-entry';
import { useDiaryStore } from './diary/diary-store';
import * as engine from './routine-engine';
import { namedSelfMassagePoints, planFor, sourceMinutes } from './routine-plan';
import {
  checkSavedRoutine,
  conditionCount,
  fresh,
  ROUTINE_STORAGE_KEY,
  SAVED_ROUTINE_VERSION,
  type SavedRoutine,
} from './saved-routine';

/** The clock every change is stamped with; epoch time, so a reload keeps counting. */
const now = () => Date.now();

interface RoutineStore extends SavedRoutine {
  /** Why a saved routine was set aside, shown until dismissed. */
  discardNotice: string | null;
  actions: {
    /** Resumes the saved routine for these points (unless it ended), or starts a new one. */
    open: (dataset: Dataset, requested: readonly number[] | undefined) => void;
    noneApply: () => void;
    someApply: () => void;
    markCondition: (index: number, on: boolean) => void;
    submitCheck: () => void;
    /** Back to the check, what was marked kept (from the plan, or from the stop). */
    reviewCheck: () => void;
    rateBefore: (rating: engine.Rating) => void;
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
    /**
     * Leaving the routine, by any way out: the timer pauses and the time pressed goes in the
     * diary; only a routine under way is kept to resume.
     */
    leave: () => void;
    restart: (dataset: Dataset) => void;
    dismissNotice: () => void;
  };
}

/**
 * The routine in progress. Saved on the device after every change with zustand's `persist` (a
 * phone may lock or a tab be killed at any moment) and checked with zod when read back: a
 * corrupt, outdated, stale or mismatched routine is set aside with a notice. Its end, or a stop
 * part way, is written to the private diary.
 */
export const useRoutineStore = create<RoutineStore>()(
  persist(
    (set, get) => {
      /** Every change is the engine's, stamped with the clock and saved with its time. */
      const change = (update: (state: engine.RoutineState, at: number) => engine.RoutineState) => {
        const { routine } = get();
        const at = now();
        if (routine !== null) set({ routine: update(routine, at), savedAt: at });
      };
      const step = (update: (state: engine.RoutineState, at: number) => engine.Changed) => {
        const { routine } = get();
        if (routine === null) return [];
        const at = now();
        const changed = update(routine, at);
        if (changed.state !== routine) set({ routine: changed.state, savedAt: at });
        if (changed.events.includes('routine-end')) writeDiary();
        return changed.events;
      };
      /** The diary entry for this routine, written once and updated if the routine goes on. */
      const writeDiary = () => {
        const { routine } = get();
        if (routine === null) return;
        const at = now();
        const diary = useDiaryStore.getState();
        const id = routine.diaryEntry ?? newEntryId(at);
        const previous = diary.entries.find((entry) => entry.id === id);
        const entry = entryFromRoutine(routine, id, at, previous);
        if (entry.outcome === 'stopped' && entry.totalMs === 0) return; // nothing pressed
        diary.actions.save(entry);
        set({ routine: engine.linkDiaryEntry(routine, id), savedAt: at });
      };
      return {
        routine: null,
        savedAt: 0,
        discardNotice: null,
        actions: {
          open(dataset, requested) {
            const { routine, savedAt } = get();
            const resumable = routine !== null && routine.phase !== 'done' && fresh(savedAt, now());
            const wanted = requested ?? (resumable ? undefined : namedSelfMassagePoints(dataset));
            if (resumable && (wanted === undefined || samePoints(routine, wanted))) return;
            const points = wanted ?? namedSelfMassagePoints(dataset);
            set({ routine: newRoutine(dataset, points), savedAt: now() });
          },
          noneApply: () => change(engine.noneApply),
          someApply: () => change(engine.someApply),
          markCondition: (index, on) => change((state) => engine.markCondition(state, index, on)),
          submitCheck: () => change(engine.submitCheck),
          reviewCheck: () => change(engine.reviewCheck),
          rateBefore: (rating) => change((state) => engine.rateBefore(state, rating)),
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
          leave() {
            change(engine.pause);
            if (get().routine?.phase === 'points') {
              writeDiary();
              return;
            }
            // Only a routine under way is kept to resume: the check's marks are health data,
            // and an ended routine is in the diary already.
            set({ routine: null, savedAt: now() });
          },
          restart(dataset) {
            const routine = get().routine;
            const points = routine?.plan.map((s) => s.point) ?? namedSelfMassagePoints(dataset);
            set({ routine: newRoutine(dataset, points), savedAt: now() });
          },
          dismissNotice: () => set({ discardNotice: null }),
        },
      };
    },
    {
      name: ROUTINE_STORAGE_KEY,
      version: SAVED_ROUTINE_VERSION,
      storage: deviceStorage<SavedRoutine>(SAVED_ROUTINE_VERSION),
      partialize: ({ routine, savedAt }) => ({ routine, savedAt }),
      // The routine a version-1 atlas saved asked its check another way: it is set aside.
      migrate: (_persisted, version) => outdated<SavedRoutine>(version),
      merge(persisted, current) {
        if (persisted === undefined) return current; // nothing saved
        const checked = checkSavedRoutine(persisted, DATASET, now());
        if (checked.kind === 'loaded') return { ...current, ...checked.saved };
        if (checked.kind === 'none') return current;
        setAside(ROUTINE_STORAGE_KEY);
        const reason = storedProblem(persisted) ?? checked.reason;
        return { ...current, discardNotice: `A saved routine was set aside: ${reason}.` };
      },
    },
  ),
);

export const useRoutineActions = () => useRoutineStore((state) => state.actions);

function newRoutine(dataset: Dataset, points: readonly number[]): engine.RoutineState {
  return engine.createRoutine(
    planFor(dataset, points),
    conditionCount(dataset),
    sourceMinutes(dataset, points),
  );
}

function samePoints(state: engine.RoutineState, points: readonly number[]): boolean {
  return (
    state.plan.length === points.length && state.plan.every((step, i) => step.point === points[i])
  );
}
