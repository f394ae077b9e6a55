import { describe, expect, it } from 'vitest';
import { parseLink, toSearch } from './url';
import { DATASET } from '../data/full-dataset';
import { NO_FILTERS } from '../data/filters';

const POINTS = DATASET.points.length;

describe('parseLink', () => {
  it('reads a point and filters', () => {
    const { state, hints } = parseLink('?point=8&self=named&region=foot', POINTS);
    expect(hints).toEqual([]);
    expect(state.point).toBe(8);
    expect(state.filters).toEqual({ ...NO_FILTERS, selfMassage: 'sentence', region: 'foot' });
  });

  it.each(['0', String(POINTS + 1), '-1', '1e9', '8.5', 'eight', '', '٣'])(
    'ignores point=%s with a hint',
    (value) => {
      const { state, hints } = parseLink(`?point=${encodeURIComponent(value)}`, POINTS);
      expect(state.point).toBeNull();
      expect(hints).toHaveLength(1);
      expect(hints[0]).toContain(`points are numbered 1 to ${POINTS}`);
    },
  );

  it('knows the class code a student joins with, and leaves the rest of the link alone', () => {
    const { state, hints } = parseLink('?join=abcdefghijkmnpqr&point=8', POINTS);
    expect(hints).toEqual([]);
    expect(state.point).toBe(8);
  });

  it('keeps the valid parts of a partly broken link', () => {
    const { state, hints } = parseLink('?point=12&region=elbow&colour=red', POINTS);
    expect(state.point).toBe(12);
    expect(state.filters.region).toBe('all');
    expect(hints).toEqual([
      'region=elbow was ignored: no such body region.',
      'The link setting “colour” is not known and was ignored.',
    ]);
  });

  it('uses the first of repeated values', () => {
    const { state, hints } = parseLink('?point=3&point=9', POINTS);
    expect(state.point).toBe(3);
    expect(hints).toEqual([
      'point appears more than once in the link; only the first value was used.',
    ]);
  });

  it('shortens very long values in hints', () => {
    const { hints } = parseLink(`?posture=${'x'.repeat(5000)}`, POINTS);
    expect(hints[0]!.length).toBeLessThan(120);
  });

  it('does not treat inherited object keys as settings', () => {
    const { hints } = parseLink('?__proto__=1&constructor=2', POINTS);
    expect(hints).toHaveLength(2);
  });
});

describe('toSearch', () => {
  it('round-trips through parseLink', () => {
    const state = {
      mode: 'present' as const,
      point: 16,
      filters: {
        ...NO_FILTERS,
        selfMassage: 'any-list' as const,
        symmetry: 'pair' as const,
        posture: 'sitting' as const,
      },
    };
    expect(parseLink(toSearch(state), POINTS).state).toEqual(state);
  });

  it('is empty for the default view', () => {
    expect(toSearch({ mode: 'explore', point: null, filters: NO_FILTERS })).toBe('');
  });
});

describe('the routine link', () => {
  const some = DATASET.points.slice(0, 3).map((p) => p.number);

  it('reads the points of a routine, in order, each once', () => {
    const list = [...some, some[0]].join(',');
    const { state, hints } = parseLink(`?mode=routine&points=${list}`, POINTS);
    expect(hints).toEqual([]);
    expect(state.mode).toBe('routine');
    expect(state.pointsInOrder).toEqual(some);
    expect(parseLink(toSearch(state), POINTS).state).toEqual(state);
  });

  it.each(['0', String(POINTS + 1), 'eight', ''])(
    'leaves out %s with a hint and keeps the rest',
    (bad) => {
      const link = `?mode=routine&points=${some[0]},${encodeURIComponent(bad)}`;
      const { state, hints } = parseLink(link, POINTS);
      expect(state.mode).toBe('routine');
      expect(state.pointsInOrder).toEqual([some[0]]);
      expect(hints).toHaveLength(1);
      expect(hints[0]).toContain(`points are numbered 1 to ${POINTS}`);
      expect(hints[0]).toContain('the rest were kept');
    },
  );

  it('says so when no point of the link is usable', () => {
    const { state, hints } = parseLink('?mode=routine&points=x,99999', POINTS);
    expect(state.pointsInOrder).toBeUndefined();
    expect(hints[0]).toContain('no point was left to use');
  });

  it('ignores points outside the routine, with a hint', () => {
    const { state, hints } = parseLink(`?points=${some.join(',')}`, POINTS);
    expect(state.pointsInOrder).toBeUndefined();
    expect(hints).toEqual([
      'points= was ignored: it is used only with mode=routine or mode=present.',
    ]);
  });

  it('carries a lesson: the points a presentation steps through, in its order', () => {
    const lesson = [17, 3, 8];
    const { state, hints } = parseLink(`?mode=present&points=${lesson.join(',')}&point=3`, POINTS);
    expect(hints).toEqual([]);
    expect(state.pointsInOrder).toEqual(lesson);
    expect(toSearch(state)).toBe('?mode=present&point=3&points=17,3,8');
  });

  it('carries the side a lesson shows a pair on, as a letter after its number', () => {
    const { state, hints } = parseLink('?mode=present&points=17R,3,8l&point=17', POINTS);
    expect(hints).toEqual([]);
    expect(state.pointsInOrder).toEqual([17, 3, 8]);
    expect(state.pointSides).toEqual({ 17: 'right', 8: 'left' });
    expect(toSearch(state)).toBe('?mode=present&point=17&points=17R,3,8L');
    const bad = parseLink('?mode=present&points=17X,3', POINTS);
    expect(bad.state.pointsInOrder).toEqual([3]);
    expect(bad.hints[0]).toContain('17X');
  });

  it('leaves the moving point out of a routine link', () => {
    const search = toSearch({
      mode: 'routine',
      point: some[1]!,
      filters: NO_FILTERS,
      pointsInOrder: some,
    });
    expect(search).toBe(`?mode=routine&points=${some.join(',')}`);
  });
});
