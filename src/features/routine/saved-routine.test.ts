import { describe, expect, it } from 'vitest';
import { DATASET } from '../../data/full-dataset';
import { createRoutine } from './routine-engine';
import { namedSelfMassagePoints, planFor } from './routine-plan';
import { checkSavedRoutine, conditionCount, SAVED_ROUTINE_MAX_AGE_MS } from './saved-routine';

const NOW = 1_700_000_000_000;
const routine = {
  ...createRoutine(planFor(DATASET, namedSelfMassagePoints(DATASET)), conditionCount(DATASET), 5),
  phase: 'points' as const,
};
const saved = (state: unknown, extra: object = {}) => ({ routine: state, savedAt: NOW, ...extra });

describe('the saved routine', () => {
  it('loads a routine in progress', () => {
    expect(checkSavedRoutine(saved(routine), DATASET, NOW)).toEqual({
      kind: 'loaded',
      saved: saved(routine),
    });
  });

  it('nothing in progress, or a finished routine however old, is no news', () => {
    expect(checkSavedRoutine(saved(null), DATASET, NOW)).toEqual({ kind: 'none' });
    const old = { ...saved({ ...routine, phase: 'done' }), savedAt: 0 };
    expect(checkSavedRoutine(old, DATASET, NOW)).toEqual({ kind: 'none' });
  });

  it.each([
    ['a wrong field', saved({ ...routine, phase: 'dancing' }), /do not fit \(at routine\.phase\)/],
    ['an extra field', saved(routine, { spy: true }), /do not fit/],
    [
      'minutes out of range',
      saved({ ...routine, minutesPerPoint: 60 }),
      /at routine\.minutesPerPoint/,
    ],
    [
      'an unknown point',
      saved({ ...routine, plan: [{ point: DATASET.points.length + 1, sides: 'single' }] }),
      /a point the atlas does not have/,
    ],
    [
      'a different list of conditions',
      saved({ ...routine, applies: [...routine.applies, false] }),
      /warnings has changed/,
    ],
    ['a step past the end', saved({ ...routine, stepIndex: routine.plan.length }), /past the end/],
    [
      'a stale state',
      { ...saved(routine), savedAt: NOW - SAVED_ROUTINE_MAX_AGE_MS - 1 },
      /more than a day ago/,
    ],
    ['a state from the future', { ...saved(routine), savedAt: NOW + 1 }, /more than a day ago/],
  ])('discards %s, with a reason', (_, raw, reason) => {
    const checked = checkSavedRoutine(raw, DATASET, NOW);
    expect(checked.kind).toBe('discarded');
    expect(checked.kind === 'discarded' && checked.reason).toMatch(reason);
  });
});
