import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../data/filters';
import { DATASET } from '../data/full-dataset';
import { MAX_LINK_HINTS, parseLink } from './url';

const POINTS = DATASET.points.length;

interface HostileCase {
  name: string;
  search: string;
  /** What the rest of the link must still set. */
  point: number | null;
  filters?: Partial<Filters>;
  /** A hint naming the part that was ignored. */
  hint: RegExp;
}

const LONG = 'x'.repeat(20_000);

// Links as they arrive after a trip through chat apps, copy-paste accidents and curious pupils.
const CASES: HostileCase[] = [
  {
    name: 'point 0',
    search: '?point=0&self=named',
    point: null,
    filters: { selfMassage: 'sentence' },
    hint: /point=0 was ignored/,
  },
  {
    name: 'one past the last point',
    search: `?point=${POINTS + 1}&region=foot`,
    point: null,
    filters: { region: 'foot' },
    hint: new RegExp(`point=${POINTS + 1} was ignored`),
  },
  {
    name: 'point -1',
    search: '?point=-1&symmetry=pair',
    point: null,
    filters: { symmetry: 'pair' },
    hint: /point=-1 was ignored/,
  },
  {
    name: 'point 1e9',
    search: '?point=1e9&posture=sitting',
    point: null,
    filters: { posture: 'sitting' },
    hint: /point=1e9 was ignored/,
  },
  {
    name: 'point as a word',
    search: '?point=eight&self=any',
    point: null,
    filters: { selfMassage: 'any-list' },
    hint: /point=eight was ignored/,
  },
  {
    name: 'point in hex',
    search: '?point=0x10&symmetry=midline',
    point: null,
    filters: { symmetry: 'midline' },
    hint: /point=0x10 was ignored/,
  },
  {
    name: 'point with a fraction',
    search: '?point=8.0&region=leg',
    point: null,
    filters: { region: 'leg' },
    hint: /point=8\.0 was ignored/,
  },
  {
    name: 'script tag as a value',
    search: '?point=%3Cscript%3Ealert(1)%3C%2Fscript%3E&self=named',
    point: null,
    filters: { selfMassage: 'sentence' },
    hint: /point=<script>alert\(1\)<\/script> was ignored/,
  },
  {
    name: 'markup as a setting name',
    search: '?%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1&point=3',
    point: 3,
    hint: /“<img src=x onerror=alert\(1\)>” is not known/,
  },
  {
    name: 'javascript: URL as a region',
    search: '?region=javascript:alert(1)&point=4',
    point: 4,
    hint: /region=javascript:alert\(1\) was ignored/,
  },
  {
    name: 'attribute breakout as a posture',
    search: '?posture=%22onmouseover%3D%22alert(1)&point=2',
    point: 2,
    hint: /posture="onmouseover="alert\(1\) was ignored/,
  },
  {
    name: 'emoji as a point',
    search: '?point=%F0%9F%92%A9&region=foot',
    point: null,
    filters: { region: 'foot' },
    hint: /point=💩 was ignored/,
  },
  {
    name: 'Arabic-Indic digit',
    search: '?point=%D9%A3&self=named',
    point: null,
    filters: { selfMassage: 'sentence' },
    hint: new RegExp(`points are numbered 1 to ${POINTS}`),
  },
  {
    name: 'right-to-left override',
    search: '?point=%E2%80%AE8&symmetry=pair',
    point: null,
    filters: { symmetry: 'pair' },
    hint: new RegExp(`points are numbered 1 to ${POINTS}`),
  },
  { name: 'NUL byte', search: '?self=%00&point=5', point: 5, hint: /self=\0 was ignored/ },
  {
    name: 'malformed percent escape',
    search: '?point=%&region=arm',
    point: null,
    filters: { region: 'arm' },
    hint: /point=% was ignored/,
  },
  {
    name: 'very long value',
    search: `?posture=${LONG}&point=7`,
    point: 7,
    hint: /^posture=x{40}… was ignored/,
  },
  {
    name: 'very long setting name',
    search: `?${LONG}=1&point=7`,
    point: 7,
    hint: /“x{40}…” is not known/,
  },
  {
    name: 'repeated point',
    search: '?point=3&point=9&point=12',
    point: 3,
    hint: /point appears more than once/,
  },
  {
    name: 'repeated filter',
    search: '?self=named&self=any&point=1',
    point: 1,
    filters: { selfMassage: 'sentence' },
    hint: /self appears more than once/,
  },
  { name: 'unknown mode', search: '?mode=hack&point=5', point: 5, hint: /mode/ },
  {
    name: 'mode with markup',
    search: '?mode=%3Cb%3Equiz%3C%2Fb%3E&point=6',
    point: 6,
    hint: /mode/,
  },
  {
    name: 'upper-case name',
    search: '?POINT=8&self=named',
    point: null,
    filters: { selfMassage: 'sentence' },
    hint: /“POINT” is not known/,
  },
  {
    name: 'empty names and stray separators',
    search: '?point=8&&&==&=x',
    point: 8,
    hint: /“” is not known/,
  },
  {
    name: 'prototype pollution attempt',
    search: '?__proto__[polluted]=1&constructor=2&point=6',
    point: 6,
    hint: /“__proto__\[polluted\]” is not known/,
  },
];

describe('hostile links', () => {
  it.each(CASES)('$name: ignored with a hint, the rest applies', (hostile) => {
    const { state, hints } = parseLink(hostile.search, POINTS);
    expect(state.point).toBe(hostile.point);
    expect(state.filters).toEqual({ ...NO_FILTERS, ...hostile.filters });
    expect(hints.some((hint) => hostile.hint.test(hint))).toBe(true);
    // Hints are plain text of bounded length, however long the link.
    for (const hint of hints) expect(hint.length).toBeLessThan(200);
  });

  it('leaves Object.prototype alone', () => {
    parseLink('?__proto__[polluted]=1&__proto__=x&constructor[prototype][polluted]=1', POINTS);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('still applies a link with thousands of junk parameters, folding its notes into a count', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `junk${i}=${i}`).join('&');
    const { state, hints } = parseLink(`?${many}&point=9`, POINTS);
    expect(state.point).toBe(9);
    expect(hints).toHaveLength(MAX_LINK_HINTS);
    expect(hints.at(-1)).toBe(
      `${5000 - (MAX_LINK_HINTS - 1)} more parts of the link were ignored.`,
    );
  });
});
