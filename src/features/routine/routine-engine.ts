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
  status: StepStatus;
  /** Time actually spent pressing this point (paused time not counted). */
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

export type CheckAnswer = 'yes' | 'no';

export type Phase = 'check' | 'stopped' | 'plan' | 'points' | 'done';

export interface RoutineState {
  phase: Phase;
  plan: StepPlan[];
  /** One answer per contraindication of the dataset, in its order; null: not answered yet. */
  answers: (CheckAnswer | null)[];
  minutesPerPoint: number;
  sound: boolean;
  vibration: boolean;
  stepIndex: number;
  steps: StepRecord[];
  timer: PointTimer;
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
  questionCount: number,
  minutesPerPoint: number,
): RoutineState {
  const minutes = clampMinutes(minutesPerPoint);
  return {
    phase: 'check',
    plan,
    answers: Array.from({ length: questionCount }, () => null),
    minutesPerPoint: minutes,
    sound: true,
    vibration: true,
    stepIndex: 0,
    steps: plan.map((step) => ({ point: step.point, status: 'pending', spentMs: 0 })),
    timer: newTimer(minutes, plan[0]?.sides ?? 'single'),
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

export function answer(state: RoutineState, index: number, value: CheckAnswer): RoutineState {
  if (index < 0 || index >= state.answers.length) return state;
  const answers = state.answers.map((a, i) => (i === index ? value : a));
  return { ...state, answers };
}

export const checkComplete = (state: RoutineState) => state.answers.every((a) => a !== null);
export const anyYes = (state: RoutineState) => state.answers.includes('yes');

/** All answered: any "yes" stops the routine, all "no" moves on to the plan. */
export function submitCheck(state: RoutineState): RoutineState {
  if (state.phase !== 'check' || !checkComplete(state)) return state;
  return { ...state, phase: anyYes(state) ? 'stopped' : 'plan' };
}

/** Back from the stop (or the plan) to the questions, answers kept for review. */
export function reviewCheck(state: RoutineState): RoutineState {
  if (state.phase !== 'stopped' && state.phase !== 'plan') return state;
  return { ...state, phase: 'check' };
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

/** Leaves the point unfinished, keeping the time spent on it, and moves to the next. */
export function skip(state: RoutineState, now: number): Changed {
  if (state.phase !== 'points') return { state, events: [] };
  const finished = finishStep(state, 'skipped', elapsedMs(state.timer, now));
  return { state: finished, events: finished.phase === 'done' ? ['routine-end'] : [] };
}

/** To the previous point, which starts again from its full time. */
export function back(state: RoutineState): RoutineState {
  if (state.phase === 'done') return goTo(state, state.plan.length - 1);
  if (state.phase !== 'points') return state;
  if (state.stepIndex === 0) return goTo(state, 0);
  return goTo(state, state.stepIndex - 1);
}

function goTo(state: RoutineState, index: number): RoutineState {
  const step = state.plan[index];
  if (step === undefined) return state;
  const steps = state.steps.map((record, i) =>
    i >= index ? { ...record, status: 'pending' as const, spentMs: 0 } : record,
  );
  return {
    ...state,
    phase: 'points',
    stepIndex: index,
    steps,
    timer: newTimer(state.minutesPerPoint, step.sides),
  };
}

function finishStep(state: RoutineState, status: StepStatus, spentMs: number): RoutineState {
  const steps = state.steps.map((record, i) =>
    i === state.stepIndex ? { ...record, status, spentMs } : record,
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

export interface RoutineSummary {
  done: number[];
  skipped: number[];
  totalMs: number;
}

export function summarise(state: RoutineState): RoutineSummary {
  return {
    done: state.steps.filter((s) => s.status === 'done').map((s) => s.point),
    skipped: state.steps.filter((s) => s.status === 'skipped').map((s) => s.point),
    totalMs: state.steps.reduce((sum, s) => sum + s.spentMs, 0),
  };
}
