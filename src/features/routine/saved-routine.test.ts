import { describe, expect, it } from 'vitest';
import { DATASET } from '../../data/full-dataset';
import { createRoutine } from './routine-engine';
import { namedSelfMassagePoints, planFor } from './routine-plan';
import {
  readSavedRoutine,
  SAVED_ROUTINE_MAX_AGE_MS,
  SAVED_ROUTINE_VERSION,
  serialiseRoutine,
} from './saved-routine';

const NOW = 1_700_000_000_000;
const routine = createRoutine(
  planFor(DATASET, namedSelfMassagePoints(DATASET)),
  DATASET.contraindications.length,
  5,
);
const saved = (value: unknown) => JSON.stringify(value);
const envelope = (state: unknown, extra: object = {}) => ({
  version: SAVED_ROUTINE_VERSION,
  savedAt: NOW,
  state,
  ...extra,
});

describe('the saved routine', () => {
  it('round-trips a routine', () => {
    expect(readSavedRoutine(serialiseRoutine(routine, NOW), DATASET, NOW)).toEqual({
      kind: 'loaded',
      state: routine,
    });
  });

  it('nothing saved is no notice', () => {
    expect(readSavedRoutine(null, DATASET, NOW)).toEqual({ kind: 'none' });
  });

  it.each([
    ['not JSON', '{"version":', /not valid JSON/],
    ['an older version', saved({ ...envelope(routine), version: 0 }), /older version/],
    ['no version', saved({ state: routine }), /older version/],
    [
      'a wrong field',
      saved(envelope({ ...routine, phase: 'dancing' })),
      /do not fit \(at state\.phase\)/,
    ],
    ['an extra field', saved(envelope(routine, { spy: true })), /do not fit/],
    [
      'minutes out of range',
      saved(envelope({ ...routine, minutesPerPoint: 60 })),
      /at state\.minutesPerPoint/,
    ],
    [
      'an unknown point',
      saved(
        envelope({ ...routine, plan: [{ point: DATASET.points.length + 1, sides: 'single' }] }),
      ),
      /a point the atlas does not have/,
    ],
    [
      'a different warning list',
      saved(envelope({ ...routine, answers: [...routine.answers, null] })),
      /warnings has changed/,
    ],
    [
      'a step past the end',
      saved(envelope({ ...routine, stepIndex: routine.plan.length })),
      /past the end/,
    ],
    [
      'a stale state',
      serialiseRoutine(routine, NOW - SAVED_ROUTINE_MAX_AGE_MS - 1),
      /more than a day ago/,
    ],
  ])('discards %s, with a reason', (_, text, reason) => {
    const loaded = readSavedRoutine(text, DATASET, NOW);
    expect(loaded.kind).toBe('discarded');
    expect(loaded.kind === 'discarded' && loaded.reason).toMatch(reason);
  });
});
