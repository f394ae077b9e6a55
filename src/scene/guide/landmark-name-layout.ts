import type { ScreenArea } from '../markers/label-declutter';

/** Where a name goes beside its landmark dot, tried in this order (the first clear one wins). */
export type NameSide = 'right' | 'left' | 'below' | 'above' | 'right-far' | 'left-far';

/**
 * Last resort for a name whose near sides are all taken (a bone's name beside the point's pins):
 * the same row, this much further out, still level with what it names.
 */
export const FAR_REACH_PX = 44;

/** Room between the dot's edge and its name, canvas pixels. */
export const NAME_GAP_PX = 6;

/**
 * A name placed far out is tied back to its dot by a leader line across the room between them,
 * stopping this short of the dot so the dot's outline stays whole.
 */
const LEADER_CLEAR_PX = 2;
export const FAR_LEADER_PX = FAR_REACH_PX + NAME_GAP_PX - LEADER_CLEAR_PX;

export interface NameToPlace {
  /** The dot's centre and radius on the canvas, pixels. */
  x: number;
  y: number;
  radiusPx: number;
  /** The name's box as CSS lays it out, pixels. */
  width: number;
  height: number;
  /** Which side of the dot is away from the point: the name should not lead the eye to it. */
  awayFromPoint: 'right' | 'left';
}

export interface PlacedName {
  side: NameSide;
  area: ScreenArea;
}

const overlaps = (a: ScreenArea, b: ScreenArea) =>
  a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** A name left out costs more than any place it could take (six, ranked 0 to 5). */
const LEFT_OUT_COST = 6;

/** Names placed together by trying every choice of sides; beyond this many, one at a time. */
const SEARCHED_NAMES = 4;

/**
 * A side for each name (or null, left out) so that as many names as possible show, each fully
 * on the canvas and over nothing in `blockers` (controls, notes, the point's pin) or another
 * name; among as many, the sides each name prefers, and first those clear of `avoid` (other
 * points' labels, which a name may lie under rather than vanish). A name left out is better
 * than one drawn over something a learner needs.
 */
export function placeNames(
  names: readonly NameToPlace[],
  canvas: { width: number; height: number },
  blockers: readonly ScreenArea[],
  avoid: readonly ScreenArea[] = [],
): (PlacedName | null)[] {
  const searched = names.slice(0, SEARCHED_NAMES);
  const options = searched.map((name) => sideOptions(name, canvas, blockers, avoid));
  let best: { placed: (PlacedName | null)[]; shown: number; cost: number } = {
    placed: searched.map(() => null),
    shown: 0,
    cost: 0,
  };
  const chosen: (PlacedName | null)[] = [];
  const search = (index: number, shown: number, cost: number) => {
    if (index === searched.length) {
      if (shown > best.shown || (shown === best.shown && cost < best.cost))
        best = { placed: [...chosen], shown, cost };
      return;
    }
    // Even showing every name still to come cannot beat the best found: stop here.
    if (shown + (searched.length - index) < best.shown) return;
    options[index]!.forEach((option, rank) => {
      if (chosen.some((other) => other !== null && overlaps(other.area, option.area))) return;
      chosen.push(option);
      search(index + 1, shown + 1, cost + rank);
      chosen.pop();
    });
    chosen.push(null);
    search(index + 1, shown, cost + LEFT_OUT_COST);
    chosen.pop();
  };
  search(0, 0, 0);
  const placed = best.placed;
  for (const name of names.slice(SEARCHED_NAMES)) {
    const taken = placed.flatMap((other) => (other === null ? [] : [other.area]));
    placed.push(sideOptions(name, canvas, [...blockers, ...taken], avoid)[0] ?? null);
  }
  return placed;
}

/**
 * The first side of the dot where the whole name fits on the canvas and covers nothing in
 * `blockers`; null where none does.
 */
export function placeNameBeside(
  name: NameToPlace,
  canvas: { width: number; height: number },
  blockers: readonly ScreenArea[],
): PlacedName | null {
  return sideOptions(name, canvas, blockers)[0] ?? null;
}

/** The sides where the name fits, clear of `avoid` first, each group in the order it prefers. */
function sideOptions(
  name: NameToPlace,
  canvas: { width: number; height: number },
  blockers: readonly ScreenArea[],
  avoid: readonly ScreenArea[] = [],
): PlacedName[] {
  const reach = name.radiusPx + NAME_GAP_PX;
  const across = (left: number): ScreenArea => ({
    left,
    right: left + name.width,
    top: name.y - name.height / 2,
    bottom: name.y + name.height / 2,
  });
  const upDown = (top: number): ScreenArea => ({
    left: name.x - name.width / 2,
    right: name.x + name.width / 2,
    top,
    bottom: top + name.height,
  });
  const areas: Record<NameSide, ScreenArea> = {
    right: across(name.x + reach),
    left: across(name.x - reach - name.width),
    below: upDown(name.y + reach),
    above: upDown(name.y - reach - name.height),
    'right-far': across(name.x + reach + FAR_REACH_PX),
    'left-far': across(name.x - reach - FAR_REACH_PX - name.width),
  };
  const order: readonly NameSide[] =
    name.awayFromPoint === 'right'
      ? ['right', 'left', 'below', 'above', 'right-far', 'left-far']
      : ['left', 'right', 'below', 'above', 'left-far', 'right-far'];
  const fitting = order.flatMap((side) => {
    const area = areas[side];
    const onCanvas =
      area.left >= 0 && area.top >= 0 && area.right <= canvas.width && area.bottom <= canvas.height;
    return onCanvas && !blockers.some((blocker) => overlaps(area, blocker)) ? [{ side, area }] : [];
  });
  const clear = (option: PlacedName) => !avoid.some((area) => overlaps(option.area, area));
  return [...fitting.filter(clear), ...fitting.filter((option) => !clear(option))];
}
