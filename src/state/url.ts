import { POSTURES, REGIONS } from '../../points/vocabulary';
import { NO_FILTERS, type Filters } from '../data/filters';
import { MODES, type Mode } from './modes';

export { MODES, type Mode };

/** Everything a link carries: the mode, the selected point and the filters. */
export interface LinkState {
  mode: Mode;
  point: number | null;
  filters: Filters;
  /**
   * The points a routine works through, or a presentation steps through (a lesson), in order:
   * `points=3,8,9`, with mode=routine or mode=present only.
   */
  pointsInOrder?: readonly number[];
  /**
   * Of the pairs in that order, the side each is shown on, where the lesson names one
   * (`points=8,3L,17R`): the teacher's view of it. Absent: the view chooses.
   */
  pointSides?: PointSides;
}

/** The side named for each pair of an ordered set, keyed by point number. */
export type PointSides = Readonly<Record<number, PairSide>>;
export type PairSide = 'left' | 'right';
/** How a side is written after a point's number in `points=`. */
const SIDE_LETTERS = { left: 'L', right: 'R' } as const satisfies Record<PairSide, string>;

export interface ParsedLink {
  state: LinkState;
  /** One plain sentence per ignored part of the link, shown to the user. */
  hints: string[];
}

/** The student's join address, `/?join=<code>`; it stays in the link while following. */
export const JOIN_PARAMETER = 'join';

const SELF_VALUES = { named: 'sentence', any: 'any-list' } as const;
const SYMMETRY_VALUES = ['pair', 'midline'] as const;
const MAX_SHOWN_VALUE_LENGTH = 40;
/** A routine or lesson link names at most this many points (each once): more is a broken link. */
const MAX_POINTS_IN_ORDER = 24;
/** The modes that go through points in an order of their own. */
const ORDERED_MODES: readonly Mode[] = ['routine', 'present'];
/** More notes than this about one link are folded into a count: nobody reads a wall of them. */
export const MAX_LINK_HINTS = 6;

type ParamReader = (value: string, state: LinkState, pointCount: number) => string | null;

/** Each known parameter applies its value to the state, or returns why it was ignored. */
const PARAMS: Record<string, ParamReader> = {
  mode(value, state) {
    if (!isOneOf(MODES, value))
      return `mode=${shown(value)} was ignored: use mode=present, mode=quiz, mode=print or mode=routine.`;
    state.mode = value;
    return null;
  },
  point(value, state, pointCount) {
    const number = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
    if (!(number >= 1 && number <= pointCount))
      return `point=${shown(value)} was ignored: points are numbered 1 to ${pointCount}.`;
    state.point = number;
    return null;
  },
  self(value, state) {
    if (!isKey(SELF_VALUES, value))
      return `self=${shown(value)} was ignored: use self=named or self=any.`;
    state.filters.selfMassage = SELF_VALUES[value];
    return null;
  },
  symmetry(value, state) {
    if (!isOneOf(SYMMETRY_VALUES, value))
      return `symmetry=${shown(value)} was ignored: use symmetry=pair or symmetry=midline.`;
    state.filters.symmetry = value;
    return null;
  },
  posture(value, state) {
    if (!isOneOf(POSTURES, value)) return `posture=${shown(value)} was ignored: no such posture.`;
    state.filters.posture = value;
    return null;
  },
  // The class code a student joins with (`/?join=<code>`): the classroom feature reads and checks
  // it (src/features/class/), so here it is only known, never reported as unknown.
  [JOIN_PARAMETER]() {
    return null;
  },
  points(value, state, pointCount) {
    const numbers: number[] = [];
    const sides: Record<number, PairSide> = {};
    const bad: string[] = [];
    for (const part of value.split(',').slice(0, MAX_POINTS_IN_ORDER)) {
      const item = part.trim();
      const match = /^(\d{1,3})([LR]?)$/i.exec(item);
      const number = match === null ? NaN : Number(match[1]);
      if (number >= 1 && number <= pointCount) {
        if (numbers.includes(number)) continue;
        numbers.push(number);
        const letter = match?.[2]?.toUpperCase();
        if (letter === SIDE_LETTERS.left) sides[number] = 'left';
        if (letter === SIDE_LETTERS.right) sides[number] = 'right';
      } else bad.push(item === '' ? '(empty)' : shown(item));
    }
    if (numbers.length > 0) state.pointsInOrder = numbers;
    if (Object.keys(sides).length > 0) state.pointSides = sides;
    if (bad.length === 0) return null;
    const kept = numbers.length > 0 ? 'the rest were kept' : 'no point was left to use';
    return `points=${shown(value)}: ${bad.join(', ')} left out (points are numbered 1 to ${pointCount}); ${kept}.`;
  },
  region(value, state) {
    if (!isOneOf(REGIONS, value)) return `region=${shown(value)} was ignored: no such body region.`;
    state.filters.region = value;
    return null;
  },
};

/** Reads a link's query string; `pointCount` is the dataset's, so a point number can be checked. */
export function parseLink(search: string, pointCount: number): ParsedLink {
  const state: LinkState = { mode: 'explore', point: null, filters: { ...NO_FILTERS } };
  const hints: string[] = [];
  const params = new URLSearchParams(search);
  const seen = new Set<string>();
  for (const [name, value] of params) {
    const reader = Object.hasOwn(PARAMS, name) ? PARAMS[name] : undefined;
    if (reader === undefined) {
      hints.push(`The link setting “${shown(name)}” is not known and was ignored.`);
    } else if (seen.has(name)) {
      hints.push(`${name} appears more than once in the link; only the first value was used.`);
    } else {
      seen.add(name);
      const problem = reader(value.trim(), state, pointCount);
      if (problem !== null) hints.push(problem);
    }
  }
  if (state.pointsInOrder !== undefined && !ORDERED_MODES.includes(state.mode)) {
    delete state.pointsInOrder;
    delete state.pointSides;
    hints.push('points= was ignored: it is used only with mode=routine or mode=present.');
  }
  return { state, hints: folded(hints) };
}

/** The query string for a state, in a stable order, leaving out defaults. */
export function toSearch(state: LinkState): string {
  const params = new URLSearchParams();
  if (state.mode !== 'explore') params.set('mode', state.mode);
  // A routine moves the point itself, step by step: its link names the plan instead.
  if (state.point !== null && state.mode !== 'routine') params.set('point', String(state.point));
  if (ORDERED_MODES.includes(state.mode) && state.pointsInOrder !== undefined)
    params.set(
      'points',
      state.pointsInOrder
        .map((point) => {
          const side = state.pointSides?.[point];
          return side === undefined ? String(point) : `${point}${SIDE_LETTERS[side]}`;
        })
        .join(','),
    );
  const { selfMassage, symmetry, posture, region } = state.filters;
  if (selfMassage !== 'all') params.set('self', selfMassage === 'sentence' ? 'named' : 'any');
  if (symmetry !== 'all') params.set('symmetry', symmetry);
  if (posture !== 'all') params.set('posture', posture);
  if (region !== 'all') params.set('region', region);
  // A comma needs no escaping in a query: `points=3,8,9` reads better than `3%2C8%2C9`.
  const text = params.toString().replaceAll('%2C', ',');
  return text === '' ? '' : `?${text}`;
}

function folded(hints: string[]): string[] {
  if (hints.length <= MAX_LINK_HINTS) return hints;
  const rest = hints.length - (MAX_LINK_HINTS - 1);
  return [...hints.slice(0, MAX_LINK_HINTS - 1), `${rest} more parts of the link were ignored.`];
}

function shown(value: string): string {
  const single = value.replace(/\s+/g, ' ');
  return single.length > MAX_SHOWN_VALUE_LENGTH
    ? `${single.slice(0, MAX_SHOWN_VALUE_LENGTH)}…`
    : single;
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function isKey<T extends object>(record: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(record, key);
}
