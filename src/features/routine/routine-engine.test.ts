import { describe, expect, it } from 'vitest';
import { DATASET } from '../../data/full-dataset';
import * as engine from './routine-engine';
import { namedSelfMassagePoints, planFor, sidePlanFor } from './routine-plan';

const QUESTIONS = DATASET.contraindications.length;
const MINUTE = engine.MS_PER_MINUTE;

/** A clock the test moves by hand: every change is stamped with its reading. */
function fakeClock(start = 1_000_000) {
  let time = start;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
      return time;
    },
  };
}

const pointsWith = (sides: engine.SidePlan) =>
  DATASET.points.filter((p) => sidePlanFor(p) === sides).map((p) => p.number);

/** A routine past the check and the plan, on the first point, timer not yet started. */
function atFirstPoint(points: number[], minutes = 1) {
  let state = engine.createRoutine(planFor(DATASET, points), QUESTIONS, minutes);
  state.answers.forEach((_, i) => (state = engine.answer(state, i, 'no')));
  state = engine.submitCheck(state);
  return engine.beginPoints(state);
}

describe('the check', () => {
  it('any "yes" stops the routine; review brings the answers back; all "no" reaches the plan', () => {
    let state = engine.createRoutine(planFor(DATASET, [3]), QUESTIONS, 1);
    expect(engine.submitCheck(state).phase).toBe('check'); // unanswered: cannot pass
    state.answers.forEach((_, i) => (state = engine.answer(state, i, i === 0 ? 'yes' : 'no')));
    state = engine.submitCheck(state);
    expect(state.phase).toBe('stopped');
    expect(engine.beginPoints(state).phase).toBe('stopped'); // no way round the stop
    state = engine.reviewCheck(state);
    expect(state.phase).toBe('check');
    expect(state.answers[0]).toBe('yes');
    state = engine.submitCheck(engine.answer(state, 0, 'no'));
    expect(state.phase).toBe('plan');
  });
});

describe('the timer', () => {
  const single = pointsWith('single');
  const oneThenOther = pointsWith('one-then-other');

  it('counts elapsed time from timestamps, not from ticks', () => {
    const clock = fakeClock();
    let state = engine.start(atFirstPoint(single.slice(0, 1), 3), clock.now());
    // No tick at all for 70 s, as in a throttled background tab: the time is all there.
    clock.advance(70_000);
    expect(engine.elapsedMs(state.timer, clock.now())).toBe(70_000);
    expect(engine.remainingMs(state.timer, clock.now())).toBe(3 * MINUTE - 70_000);
    state = engine.tick(state, clock.now()).state;
    expect(state.stepIndex).toBe(0);
  });

  it('stops counting while paused and carries on after resume', () => {
    const clock = fakeClock();
    let state = engine.start(atFirstPoint(single.slice(0, 1), 2), clock.now());
    clock.advance(20_000);
    state = engine.pause(state, clock.now());
    expect(engine.isRunning(state)).toBe(false);
    clock.advance(5 * MINUTE);
    expect(engine.elapsedMs(state.timer, clock.now())).toBe(20_000);
    state = engine.start(state, clock.now());
    clock.advance(10_000);
    expect(engine.elapsedMs(state.timer, clock.now())).toBe(30_000);
  });

  it('+1 minute lengthens the point, and the first side too before the switch', () => {
    const clock = fakeClock();
    let state = engine.start(atFirstPoint(oneThenOther.slice(0, 1), 2), clock.now());
    expect(state.timer.switchAtMs).toBe(MINUTE);
    state = engine.addMinute(state, clock.now());
    expect(state.timer.durationMs).toBe(3 * MINUTE);
    expect(state.timer.switchAtMs).toBe(2 * MINUTE);
    clock.advance(2 * MINUTE);
    const switched = engine.tick(state, clock.now());
    expect(switched.events).toEqual(['side-switch']);
    state = engine.addMinute(switched.state, clock.now());
    expect(state.timer.switchAtMs).toBe(2 * MINUTE); // after the switch: the second side gains
    expect(state.timer.durationMs).toBe(4 * MINUTE);
  });

  it('switches side halfway once, ends the point, and waits on the next one', () => {
    const clock = fakeClock();
    const points = [oneThenOther[0]!, single[0]!];
    let state = engine.start(atFirstPoint(points, 1), clock.now());
    clock.advance(MINUTE / 2 - 1);
    expect(engine.tick(state, clock.now()).events).toEqual([]);
    clock.advance(1);
    const half = engine.tick(state, clock.now());
    expect(half.events).toEqual(['side-switch']);
    state = half.state;
    expect(state.timer.side).toBe(1);
    expect(engine.tick(state, clock.now()).events).toEqual([]); // the switch happens once
    clock.advance(MINUTE / 2);
    const end = engine.tick(state, clock.now());
    expect(end.events).toEqual(['point-end']);
    expect(end.state.stepIndex).toBe(1);
    expect(end.state.steps[0]).toEqual({ point: points[0], status: 'done', spentMs: MINUTE });
    expect(engine.isRunning(end.state)).toBe(false);
    expect(end.state.timer.switchAtMs).toBeNull(); // the single point has no second side
  });

  it('a point that ran out while away ends at its full time, not at the time seen', () => {
    const clock = fakeClock();
    const state = engine.start(atFirstPoint(single.slice(0, 2), 1), clock.now());
    clock.advance(10 * MINUTE);
    const end = engine.tick(state, clock.now());
    expect(end.state.steps[0]?.spentMs).toBe(MINUTE);
    expect(end.state.stepIndex).toBe(1);
  });
});

describe('skip, back and the summary', () => {
  it('skips with the time spent, goes back to a fresh timer, and sums up the routine', () => {
    const clock = fakeClock();
    const points = namedSelfMassagePoints(DATASET).slice(0, 3);
    let state = engine.start(atFirstPoint(points, 1), clock.now());
    clock.advance(15_000);
    state = engine.skip(state, clock.now()).state;
    expect(state.steps[0]).toMatchObject({ status: 'skipped', spentMs: 15_000 });
    expect(state.stepIndex).toBe(1);

    state = engine.back(state);
    expect(state.stepIndex).toBe(0);
    expect(state.steps[0]).toMatchObject({ status: 'pending', spentMs: 0 });
    expect(engine.elapsedMs(state.timer, clock.now())).toBe(0);

    for (let i = 0; i < points.length; i++) {
      state = engine.start(state, clock.now());
      clock.advance(MINUTE);
      state = engine.tick(state, clock.now()).state;
    }
    expect(state.phase).toBe('done');
    expect(engine.summarise(state)).toEqual({ done: points, skipped: [], totalMs: 3 * MINUTE });
  });

  it('the last skip ends the routine and the summary counts the skipped point', () => {
    const clock = fakeClock();
    const points = namedSelfMassagePoints(DATASET).slice(0, 2);
    let state = engine.start(atFirstPoint(points, 1), clock.now());
    clock.advance(MINUTE);
    state = engine.tick(state, clock.now()).state;
    state = engine.start(state, clock.now());
    clock.advance(5_000);
    const last = engine.skip(state, clock.now());
    expect(last.events).toEqual(['routine-end']);
    expect(engine.summarise(last.state)).toEqual({
      done: [points[0]],
      skipped: [points[1]],
      totalMs: MINUTE + 5_000,
    });
  });

  it('keeps the minutes setting within 1 to 5', () => {
    expect(engine.clampMinutes(0)).toBe(engine.MIN_MINUTES);
    expect(engine.clampMinutes(9)).toBe(engine.MAX_MINUTES);
    expect(engine.clampMinutes(Number.NaN)).toBe(engine.MAX_MINUTES);
  });
});
