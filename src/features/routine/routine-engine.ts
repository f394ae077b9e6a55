/**
 * The routine as a pure state machine: every change takes the time it happens at (`now`, in
 * epoch milliseconds), so elapsed time is always computed from timestamps and never from
 * counted ticks. A throttled background tab or a locked phone loses nothing: the next look at
 * the clock sees the whole time that passed.
 */

export const MS_PER_MINUTE = 60_000;
export const MIN_MINUTES = 1;
export const MAX_MINUTES = 5;

/** How the two sides of a point are worked during its time. */
export type SidePlan = 'single' | 'both-at-once' | 'one-then-other';

export interface StepPlan {
  point: number;
  sides: SidePlan;
}

export type StepStatus = 'pending' | 'done' | 'skipped';

export interface StepRecord {
  point: number;
  /** 'done' once its timer ran out on any visit; 'skipped' when left before that. */
  status: StepStatus;
  /**
   * Time actually spent pressing this point over every visit (paused time not counted): going
   * back to a point or skipping it never throws away minutes already pressed.
   */
  spentMs: number;
}

export interface PointTimer {
  /** When the running stretch began; null while paused or not yet started. */
  runningSince: number | null;
  /** Time run before the current stretch. */
  accumulatedMs: number;
  durationMs: number;
  /** Elapsed time at which the second side starts (one side, then the other). */
  switchAtMs: number | null;
  /** 0 for the first (left) side, 1 once the switch has happened. */
  side: 0 | 1;
}

/**
 * The check's answer: not given yet, "none of these apply" in one tap, or "some apply", after
 * which the person marks which.
 */
export type Declared = 'unanswered' | 'none' | 'some';

export type Phase = 'check' | 'stopped' | 'plan' | 'points' | 'done';

/** A 0–10 rating of discomfort, as the person gives it; null when they leave it out. */
export type Rating = number | null;

export const RATING_MIN = 0;
export const RATING_MAX = 10;

export interface RoutineState {
  phase: Phase;
  plan: StepPlan[];
  declared: Declared;
  /** One flag per condition the check asks about, in the dataset's order: true, it applies. */
  applies: boolean[];
  /** Discomfort before starting, if the person gave it (for their diary). */
  discomfortBefore: Rating;
  minutesPerPoint: number;
  sound: boolean;
  vibration: boolean;
  stepIndex: number;
  steps: StepRecord[];
  timer: PointTimer;
  /** The diary entry this routine wrote when it ended or was stopped, updated after that. */
  diaryEntry: string | null;
}

/** What happened at a change, for the cues (sound, vibration, the live region). */
export type RoutineEvent = 'side-switch' | 'point-end' | 'routine-end';

export interface Changed {
  state: RoutineState;
  events: RoutineEvent[];
}

export function clampMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return MAX_MINUTES;
  return Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, Math.round(minutes)));
}

export function newTimer(minutes: number, sides: SidePlan): PointTimer {
  const durationMs = clampMinutes(minutes) * MS_PER_MINUTE;
  return {
    runningSince: null,
    accumulatedMs: 0,
    durationMs,
    switchAtMs: sides === 'one-then-other' ? durationMs / 2 : null,
    side: 0,
  };
}

export function createRoutine(
  plan: StepPlan[],
  conditionCount: number,
  minutesPerPoint: number,
): RoutineState {
  const minutes = clampMinutes(minutesPerPoint);
  return {
    phase: 'check',
    plan,
    declared: 'unanswered',
    applies: Array.from({ length: conditionCount }, () => false),
    discomfortBefore: null,
    minutesPerPoint: minutes,
    sound: true,
    vibration: true,
    stepIndex: 0,
    steps: plan.map((step) => ({ point: step.point, status: 'pending', spentMs: 0 })),
    timer: newTimer(minutes, plan[0]?.sides ?? 'single'),
    diaryEntry: null,
  };
}

export function elapsedMs(timer: PointTimer, now: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return Math.min(timer.durationMs, timer.accumulatedMs + running);
}

export function remainingMs(timer: PointTimer, now: number): number {
  return timer.durationMs - elapsedMs(timer, now);
}

export const isRunning = (state: RoutineState) =>
  state.phase === 'points' && state.timer.runningSince !== null;

// ── The check ──────────────────────────────────────────────────────────────────────────────

/**
 * One tap: nothing on the list applies, so the routine goes on to the plan. Refused while a
 * condition is marked: a mark is taken back one by one, never wiped in passing.
 */
export function noneApply(state: RoutineState): RoutineState {
  if (state.phase !== 'check' || anyApplies(state)) return state;
  return {
    ...state,
    declared: 'none',
    applies: state.applies.map(() => false),
    phase: 'plan',
  };
}

/** Something applies: the list turns into boxes to mark which. */
export function someApply(state: RoutineState): RoutineState {
  if (state.phase !== 'check') return state;
  return { ...state, declared: 'some' };
}

export function markCondition(state: RoutineState, index: number, on: boolean): RoutineState {
  if (state.phase !== 'check' || index < 0 || index >= state.applies.length) return state;
  return { ...state, applies: state.applies.map((a, i) => (i === index ? on : a)) };
}

export const anyApplies = (state: RoutineState) => state.applies.includes(true);

/** After "some apply": any marked condition stops the routine; with none marked it waits. */
export function submitCheck(state: RoutineState): RoutineState {
  if (state.phase !== 'check' || state.declared !== 'some' || !anyApplies(state)) return state;
  return { ...state, phase: 'stopped' };
}

/** Back from the stop (or the plan) to the check, what was marked kept for review. */
export function reviewCheck(state: RoutineState): RoutineState {
  if (state.phase !== 'stopped' && state.phase !== 'plan') return state;
  return { ...state, phase: 'check' };
}

export function clampRating(value: number): number {
  return Math.min(RATING_MAX, Math.max(RATING_MIN, Math.round(value)));
}

export function linkDiaryEntry(state: RoutineState, id: string): RoutineState {
  return state.diaryEntry === id ? state : { ...state, diaryEntry: id };
}

export function rateBefore(state: RoutineState, rating: Rating): RoutineState {
  return { ...state, discomfortBefore: rating === null ? null : clampRating(rating) };
}

// ── The plan ───────────────────────────────────────────────────────────────────────────────

export function setPlan(state: RoutineState, plan: StepPlan[]): RoutineState {
  if (state.phase !== 'plan') return state;
  return {
    ...state,
    plan,
    stepIndex: 0,
    steps: plan.map((step) => ({ point: step.point, status: 'pending', spentMs: 0 })),
    timer: newTimer(state.minutesPerPoint, plan[0]?.sides ?? 'single'),
  };
}

/** Minutes a point, and a side when a pair is worked one side at a time, for the plan. */
export function timeStated(minutesPerPoint: number): { pointMs: number; sideMs: number } {
  const pointMs = clampMinutes(minutesPerPoint) * MS_PER_MINUTE;
  return { pointMs, sideMs: pointMs / 2 };
}

export function setMinutes(state: RoutineState, minutes: number): RoutineState {
  const minutesPerPoint = clampMinutes(minutes);
  const timer =
    state.phase === 'plan'
      ? newTimer(minutesPerPoint, state.plan[0]?.sides ?? 'single')
      : state.timer;
  return { ...state, minutesPerPoint, timer };
}

export function setCues(
  state: RoutineState,
  cues: Partial<Pick<RoutineState, 'sound' | 'vibration'>>,
): RoutineState {
  return { ...state, ...cues };
}

/** From the plan to the first point; its timer waits for "Start" while the point is found. */
export function beginPoints(state: RoutineState): RoutineState {
  if (state.phase !== 'plan' || state.plan.length === 0) return state;
  return { ...state, phase: 'points' };
}

// ── The timer ──────────────────────────────────────────────────────────────────────────────

export function start(state: RoutineState, now: number): RoutineState {
  if (state.phase !== 'points' || state.timer.runningSince !== null) return state;
  return { ...state, timer: { ...state.timer, runningSince: now } };
}

export function pause(state: RoutineState, now: number): RoutineState {
  const { timer } = state;
  if (state.phase !== 'points' || timer.runningSince === null) return state;
  return {
    ...state,
    timer: { ...timer, runningSince: null, accumulatedMs: elapsedMs(timer, now) },
  };
}

/** One more minute on the side being worked: before the switch, the switch moves too. */
export function addMinute(state: RoutineState, now: number): RoutineState {
  if (state.phase !== 'points') return state;
  const { timer } = state;
  const beforeSwitch =
    timer.switchAtMs !== null && timer.side === 0 && elapsedMs(timer, now) < timer.switchAtMs;
  return {
    ...state,
    timer: {
      ...timer,
      durationMs: timer.durationMs + MS_PER_MINUTE,
      switchAtMs:
        beforeSwitch && timer.switchAtMs !== null
          ? timer.switchAtMs + MS_PER_MINUTE
          : timer.switchAtMs,
    },
  };
}

/** Looks at the clock: switches side halfway and ends the point when its time is up. */
export function tick(state: RoutineState, now: number): Changed {
  if (state.phase !== 'points') return { state, events: [] };
  const { timer } = state;
  const elapsed = elapsedMs(timer, now);
  const events: RoutineEvent[] = [];
  let next = state;
  if (timer.switchAtMs !== null && timer.side === 0 && elapsed >= timer.switchAtMs) {
    next = { ...next, timer: { ...next.timer, side: 1 } };
    events.push('side-switch');
  }
  if (elapsed >= timer.durationMs) {
    const finished = finishStep(next, 'done', timer.durationMs);
    events.push('point-end');
    if (finished.phase === 'done') events.push('routine-end');
    return { state: finished, events };
  }
  return { state: next, events };
}

/** Leaves the point before its time is up, keeping the time pressed on it, and moves on. */
export function skip(state: RoutineState, now: number): Changed {
  if (state.phase !== 'points') return { state, events: [] };
  const finished = finishStep(state, 'skipped', elapsedMs(state.timer, now));
  return { state: finished, events: finished.phase === 'done' ? ['routine-end'] : [] };
}

/**
 * To the previous point for another go with its full time. The minutes pressed so far, on this
 * point and on the one returned to, stay in the record (the summary and the diary count them).
 */
export function back(state: RoutineState, now: number): RoutineState {
  if (state.phase === 'done') return goTo(state, state.plan.length - 1);
  if (state.phase !== 'points') return state;
  const kept = keepTimePressed(state, elapsedMs(state.timer, now));
  return goTo(kept, Math.max(0, state.stepIndex - 1));
}

function keepTimePressed(state: RoutineState, spentMs: number): RoutineState {
  if (spentMs <= 0) return state;
  const steps = state.steps.map((record, i) =>
    i === state.stepIndex ? { ...record, spentMs: record.spentMs + spentMs } : record,
  );
  return { ...state, steps };
}

function goTo(state: RoutineState, index: number): RoutineState {
  const step = state.plan[index];
  if (step === undefined) return state;
  return {
    ...state,
    phase: 'points',
    stepIndex: index,
    timer: newTimer(state.minutesPerPoint, step.sides),
  };
}

function finishStep(state: RoutineState, status: StepStatus, spentMs: number): RoutineState {
  const steps = state.steps.map((record, i) =>
    i === state.stepIndex
      ? {
          ...record,
          // A point done once stays done when a later visit is cut short.
          status: record.status === 'done' ? ('done' as const) : status,
          spentMs: record.spentMs + spentMs,
        }
      : record,
  );
  const nextIndex = state.stepIndex + 1;
  const nextStep = state.plan[nextIndex];
  if (nextStep === undefined) {
    return { ...state, steps, phase: 'done', timer: { ...state.timer, runningSince: null } };
  }
  return {
    ...state,
    steps,
    stepIndex: nextIndex,
    timer: newTimer(state.minutesPerPoint, nextStep.sides),
  };
}

// ── The end ────────────────────────────────────────────────────────────────────────────────

export interface PointTime {
  point: number;
  spentMs: number;
}

export interface RoutineSummary {
  /** Pressed for their whole time. */
  done: PointTime[];
  /** Pressed for a while, then left (skipped, or the routine was stopped). */
  partly: PointTime[];
  /** Never pressed. */
  skipped: PointTime[];
  totalMs: number;
}

/**
 * What was done, with the time each point was pressed. The point on view counts with the time
 * on its timer, so a routine stopped halfway through a point is summed up honestly too.
 */
export function summarise(state: RoutineState, now: number): RoutineSummary {
  const running = state.phase === 'points' ? elapsedMs(state.timer, now) : 0;
  const records = state.steps.map((record, i) =>
    i === state.stepIndex && running > 0
      ? { ...record, spentMs: record.spentMs + running }
      : record,
  );
  const time = (record: StepRecord): PointTime => ({
    point: record.point,
    spentMs: record.spentMs,
  });
  return {
    done: records.filter((r) => r.status === 'done').map(time),
    partly: records.filter((r) => r.status !== 'done' && r.spentMs > 0).map(time),
    skipped: records.filter((r) => r.status !== 'done' && r.spentMs === 0).map(time),
    totalMs: records.reduce((sum, r) => sum + r.spentMs, 0),
  };
}
