import { describe, expect, it } from 'vitest';
import { POSTURES, REGIONS } from '../../points/vocabulary';
import { NO_FILTERS } from '../data/filters';
import { MODES } from '../state/modes';
import { toSearch, type LinkState } from '../state/url';
import {
  INITIAL_SHARE_STATE,
  joinPath,
  parseClassEvent,
  quizCommandSchema,
  readJoinCode,
  resumeSessionRequestSchema,
  shareFilters,
  shareStateSchema,
  tapSchema,
} from './protocol';

describe('the shared view state', () => {
  it('takes every mode, posture and region the address bar knows', () => {
    for (const mode of MODES)
      expect(shareStateSchema.parse({ ...INITIAL_SHARE_STATE, mode }).mode).toBe(mode);
    for (const posture of ['all', ...POSTURES]) {
      const filters = { ...NO_FILTERS, posture };
      expect(shareStateSchema.safeParse({ ...INITIAL_SHARE_STATE, filters }).success).toBe(true);
    }
    for (const region of ['all', ...REGIONS]) {
      const filters = { ...NO_FILTERS, region };
      expect(shareStateSchema.safeParse({ ...INITIAL_SHARE_STATE, filters }).success).toBe(true);
    }
  });

  it('is what a link carries, plus the posture switch and a named view', () => {
    const link: LinkState = {
      mode: 'present',
      point: 16,
      filters: { ...NO_FILTERS, selfMassage: 'sentence', region: 'foot' },
    };
    const shared = shareStateSchema.parse({
      ...link,
      filters: shareFilters(link.filters),
      showPosture: true,
      view: 'point',
    });
    expect(toSearch(shared)).toBe('?mode=present&point=16&self=named&region=foot');
  });

  it('refuses what is no view: coordinates, unknown values, a point that is no number', () => {
    const bad = [
      { ...INITIAL_SHARE_STATE, view: 'top' },
      { ...INITIAL_SHARE_STATE, camera: [0, 1, 2] },
      { ...INITIAL_SHARE_STATE, point: 0 },
      { ...INITIAL_SHARE_STATE, point: 100 },
      { ...INITIAL_SHARE_STATE, point: '8' },
      { ...INITIAL_SHARE_STATE, filters: { ...NO_FILTERS, symmetry: 'left' } },
      { ...INITIAL_SHARE_STATE, showPosture: 'yes' },
    ];
    for (const state of bad) expect(shareStateSchema.safeParse(state).success).toBe(false);
    // The dataset, not the protocol, says how many points there are.
    expect(shareStateSchema.safeParse({ ...INITIAL_SHARE_STATE, point: 99 }).success).toBe(true);
  });
});

describe('the quiz', () => {
  it('bounds a tap to 3 m and finite numbers', () => {
    expect(tapSchema.safeParse({ position: [0.1, 1.6, -0.2] }).success).toBe(true);
    for (const position of [
      [3.01, 0, 0],
      [0, -4, 0],
      [0, Infinity, 0],
      [0, NaN, 0],
      [0, 0],
    ]) {
      expect(tapSchema.safeParse({ position }).success, String(position)).toBe(false);
    }
  });

  it('knows ask, reveal and close, each naming its question', () => {
    expect(quizCommandSchema.parse({ type: 'ask', questionId: 'q1', point: 3 }).type).toBe('ask');
    expect(quizCommandSchema.safeParse({ type: 'reveal' }).success).toBe(false);
    expect(quizCommandSchema.safeParse({ type: 'close', questionId: 'q 1' }).success).toBe(false);
    expect(
      resumeSessionRequestSchema.safeParse({
        state: INITIAL_SHARE_STATE,
        question: { type: 'ask', questionId: 'q', point: 1 },
      }).success,
    ).toBe(false);
  });
});

describe('events and addresses', () => {
  it('parses known events and drops what does not fit', () => {
    expect(parseClassEvent('presence', '{"students":3}')).toEqual({
      event: 'presence',
      data: { students: 3 },
    });
    expect(parseClassEvent('presence', '{"students":-1}')).toBeNull();
    expect(parseClassEvent('presence', 'not json')).toBeNull();
    expect(parseClassEvent('toString', '{}')).toBeNull();
    expect(parseClassEvent('ended', '{"reason":"teacher"}')).not.toBeNull();
  });

  it('puts only the class code in the student address', () => {
    expect(joinPath('abcdefghijkmnpqr')).toBe('/?join=abcdefghijkmnpqr');
    expect(readJoinCode('?join=ABCDEFGHIJKMNPQR&point=3')).toBe('abcdefghijkmnpqr');
    expect(readJoinCode('?join=abc')).toBeNull();
    expect(readJoinCode('?point=3')).toBeNull();
  });
});
