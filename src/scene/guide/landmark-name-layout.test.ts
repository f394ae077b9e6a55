import { describe, expect, it } from 'vitest';
import {
  FAR_REACH_PX,
  NAME_GAP_PX,
  placeNameBeside,
  placeNames,
  type NameToPlace,
} from './landmark-name-layout';

const canvas = { width: 800, height: 600 };
const name = (over: Partial<NameToPlace> = {}): NameToPlace => ({
  x: 400,
  y: 300,
  radiusPx: 8,
  width: 120,
  height: 20,
  awayFromPoint: 'right',
  ...over,
});

describe('a landmark name beside its dot', () => {
  it('goes on the side away from the point, clear of the dot', () => {
    const right = placeNameBeside(name(), canvas, []);
    expect(right?.side).toBe('right');
    expect(right?.area.left).toBe(400 + 8 + NAME_GAP_PX);
    const left = placeNameBeside(name({ awayFromPoint: 'left' }), canvas, []);
    expect(left?.side).toBe('left');
    expect(left?.area.right).toBe(400 - 8 - NAME_GAP_PX);
  });

  it('turns to the other side where a control or the pin is in the way', () => {
    const pin = { left: 410, right: 450, top: 280, bottom: 320 };
    expect(placeNameBeside(name(), canvas, [pin])?.side).toBe('left');
  });

  it('stays on the canvas: near the right edge it goes left, too wide for either side it is left out', () => {
    expect(placeNameBeside(name({ x: 750 }), canvas, [])?.side).toBe('left');
    expect(placeNameBeside(name({ x: 60, width: 760 }), canvas, [])).toBeNull();
  });

  it('goes below the dot when the row it sits in is taken', () => {
    const row = { left: 0, right: 800, top: 295, bottom: 305 };
    const placed = placeNameBeside(name(), canvas, [row]);
    expect(placed?.side).toBe('below');
    expect(placed?.area.top).toBe(300 + 8 + NAME_GAP_PX);
  });

  it('is left out when every side is covered', () => {
    const everywhere = { left: 0, right: 800, top: 0, bottom: 600 };
    expect(placeNameBeside(name(), canvas, [everywhere])).toBeNull();
  });
});

describe('names placed together', () => {
  it('gives each name a side so that both show where one at a time would lose one', () => {
    // The first name's first choice (right) takes the only row the second could use.
    const first = name({ x: 300, y: 300, width: 100, awayFromPoint: 'right' });
    const second = name({ x: 520, y: 300, width: 100, awayFromPoint: 'left' });
    const aboveAndBelowTaken = [
      { left: 400, right: 640, top: 0, bottom: 285 },
      { left: 400, right: 640, top: 315, bottom: 600 },
    ];
    const rightEdge = { left: 600, right: 800, top: 0, bottom: 600 };
    const blockers = [...aboveAndBelowTaken, rightEdge];
    const greedyFirst = placeNameBeside(first, canvas, blockers);
    expect(greedyFirst?.side).toBe('right');
    expect(placeNameBeside(second, canvas, [...blockers, greedyFirst!.area])).toBeNull();

    const [a, b] = placeNames([first, second], canvas, blockers);
    expect(a).not.toBeNull();
    expect(b?.side).toBe('left');
    expect(a!.area.right <= b!.area.left || a!.area.left >= b!.area.right).toBe(true);
  });

  it('never lets two names overlap', () => {
    const same = name();
    const [a, b] = placeNames([same, same], canvas, []);
    expect(a?.side).toBe('right');
    expect(b?.side).toBe('left');
  });

  it("keeps clear of other points' labels where it can, and lies under them where it cannot", () => {
    const label = { left: 414, right: 440, top: 290, bottom: 316 };
    expect(placeNames([name()], canvas, [], [label])[0]?.side).toBe('left');
    const wholeRow = { left: 0, right: 800, top: 290, bottom: 310 };
    const column = [
      { left: 380, right: 420, top: 310, bottom: 600 },
      { left: 380, right: 420, top: 0, bottom: 290 },
    ];
    expect(placeNames([name()], canvas, column, [wholeRow])[0]?.side).toBe('right');
  });

  it('goes further along its row when the near places are taken', () => {
    const pinsAround = { left: 340, right: 455, top: 0, bottom: 600 };
    const far = placeNames([name({ width: 60 })], canvas, [pinsAround])[0];
    expect(far?.side).toBe('right-far');
    expect(far?.area.left).toBe(400 + 8 + NAME_GAP_PX + FAR_REACH_PX);
  });
});
