import { describe, expect, it } from 'vitest';
import { DATASET } from '../../data/full-dataset';
import * as engine from './routine-engine';
import { namedSelfMassagePoints, planFor, sidePlanFor } from './routine-plan';
import { conditionCount } from './saved-routine';

const CONDITIONS = conditionCount(DATASET);
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
  const state = engine.createRoutine(planFor(DATASET, points), CONDITIONS, minutes);
  return engine.beginPoints(engine.noneApply(state));
}

describe('the check', () => {
  it('"none of these apply" reaches the plan in one step', () => {
    const state = engine.createRoutine(planFor(DATASET, [3]), CONDITIONS, 1);
    expect(state.declared).toBe('unanswered');
    expect(engine.beginPoints(state).phase).toBe('check'); // no way round the check
    const passed = engine.noneApply(state);
    expect(passed.phase).toBe('plan');
    expect(passed.applies.every((a) => !a)).toBe(true);
  });

  it('"some apply" asks which: any marked condition stops it, none marked waits', () => {
    let state = engine.someApply(engine.createRoutine(planFor(DATASET, [3]), CONDITIONS, 1));
    expect(state.phase).toBe('check');
    expect(engine.submitCheck(state).phase).toBe('check'); // nothing marked: cannot pass either way
    state = engine.submitCheck(engine.markCondition(state, CONDITIONS - 1, true));
    expect(state.phase).toBe('stopped');
    expect(engine.beginPoints(state).phase).toBe('stopped'); // no way round the stop
    state = engine.reviewCheck(state);
    expect(state.phase).toBe('check');
    expect(state.applies[CONDITIONS - 1]).toBe(true); // kept for review
    // "None apply" does not wipe a mark in passing: it is taken back first.
    expect(engine.noneApply(state)).toBe(state);
    state = engine.markCondition(state, CONDITIONS - 1, false);
    expect(engine.noneApply(state).phase).toBe('plan');
  });

  it('asks about conditions only: the instructions for while pressing are not in the check', () => {
    const kinds = DATASET.contraindications.map((c) => c.kind);
    expect(kinds).toContain('instruction');
    expect(CONDITIONS).toBe(kinds.filter((k) => k === 'condition').length);
    expect(engine.createRoutine([], CONDITIONS, 1).applies).toHaveLength(CONDITIONS);
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
  it('keeps the minutes pressed through a skip and a back, and sums each point up', () => {
    const clock = fakeClock();
    const points = namedSelfMassagePoints(DATASET).slice(0, 3);
    let state = engine.start(atFirstPoint(points, 1), clock.now());
    clock.advance(15_000);
    state = engine.skip(state, clock.now()).state;
    expect(state.steps[0]).toMatchObject({ status: 'skipped', spentMs: 15_000 });
    expect(state.stepIndex).toBe(1);

    // Back from the second point after 10 s on it: both records keep their time.
    state = engine.start(state, clock.now());
    clock.advance(10_000);
    state = engine.back(state, clock.now());
    expect(state.stepIndex).toBe(0);
    expect(state.steps[0]).toMatchObject({ status: 'skipped', spentMs: 15_000 });
    expect(state.steps[1]).toMatchObject({ status: 'pending', spentMs: 10_000 });
    expect(engine.elapsedMs(state.timer, clock.now())).toBe(0); // a fresh go on the point

    for (let i = 0; i < points.length; i++) {
      state = engine.start(state, clock.now());
      clock.advance(MINUTE);
      state = engine.tick(state, clock.now()).state;
    }
    expect(state.phase).toBe('done');
    expect(engine.summarise(state, clock.now())).toEqual({
      done: [
        { point: points[0], spentMs: MINUTE + 15_000 },
        { point: points[1], spentMs: MINUTE + 10_000 },
        { point: points[2], spentMs: MINUTE },
      ],
      partly: [],
      skipped: [],
      totalMs: 3 * MINUTE + 25_000,
    });
  });

  it('back on a finished routine reopens its last point, and a later skip keeps it done', () => {
    const clock = fakeClock();
    const points = namedSelfMassagePoints(DATASET).slice(0, 1);
    let state = engine.start(atFirstPoint(points, 1), clock.now());
    clock.advance(MINUTE);
    state = engine.tick(state, clock.now()).state;
    expect(state.phase).toBe('done');
    state = engine.start(engine.back(state, clock.now()), clock.now());
    expect(state.phase).toBe('points');
    clock.advance(20_000);
    state = engine.skip(state, clock.now()).state;
    expect(state.steps[0]).toEqual({ point: points[0], status: 'done', spentMs: MINUTE + 20_000 });
  });

  it('the last skip ends the routine: done, partly done and skipped, each with its time', () => {
    const clock = fakeClock();
    const points = namedSelfMassagePoints(DATASET).slice(0, 3);
    let state = engine.start(atFirstPoint(points, 1), clock.now());
    clock.advance(MINUTE);
    state = engine.tick(state, clock.now()).state;
    state = engine.start(state, clock.now());
    clock.advance(5_000);
    state = engine.skip(state, clock.now()).state;
    const last = engine.skip(state, clock.now());
    expect(last.events).toEqual(['routine-end']);
    expect(engine.summarise(last.state, clock.now())).toEqual({
      done: [{ point: points[0], spentMs: MINUTE }],
      partly: [{ point: points[1], spentMs: 5_000 }],
      skipped: [{ point: points[2], spentMs: 0 }],
      totalMs: MINUTE + 5_000,
    });
  });

  it('a routine stopped part way counts the time on the point in hand', () => {
    const clock = fakeClock();
    const points = namedSelfMassagePoints(DATASET).slice(0, 2);
    let state = engine.start(atFirstPoint(points, 1), clock.now());
    clock.advance(40_000);
    state = engine.pause(state, clock.now());
    expect(engine.summarise(state, clock.now())).toMatchObject({
      partly: [{ point: points[0], spentMs: 40_000 }],
      skipped: [{ point: points[1], spentMs: 0 }],
      totalMs: 40_000,
    });
  });

  it('states the time a point and a side before Begin', () => {
    expect(engine.timeStated(5)).toEqual({ pointMs: 5 * MINUTE, sideMs: 2.5 * MINUTE });
  });

  it('keeps the minutes setting within 1 to 5', () => {
    expect(engine.clampMinutes(0)).toBe(engine.MIN_MINUTES);
    expect(engine.clampMinutes(9)).toBe(engine.MAX_MINUTES);
    expect(engine.clampMinutes(Number.NaN)).toBe(engine.MAX_MINUTES);
  });
});
