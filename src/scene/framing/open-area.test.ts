import { describe, expect, it } from 'vitest';
import { openArea, openAreas } from './open-area';

describe('the open part of the view', () => {
  it('is the whole view, less the margin, when nothing covers it', () => {
    expect(openArea({ width: 400, height: 300, covered: [] }, 10)).toEqual({
      left: 10,
      right: 390,
      top: 10,
      bottom: 290,
    });
  });

  it('is the largest rectangle clear of every control, the margin kept', () => {
    // A rail down the right edge and notes across the top left.
    const area = openArea(
      {
        width: 400,
        height: 600,
        covered: [
          { left: 350, right: 400, top: 0, bottom: 600 },
          { left: 0, right: 200, top: 0, bottom: 100 },
        ],
      },
      10,
    );
    expect(area).toEqual({ left: 10, right: 340, top: 110, bottom: 590 });
  });

  it('lists every rectangle that cannot grow, largest first', () => {
    // A rail down the right edge, from the top to the middle: the tall column beside it and the
    // wide strip under it.
    const areas = openAreas(
      { width: 400, height: 600, covered: [{ left: 340, right: 400, top: 0, bottom: 300 }] },
      10,
    );
    expect(areas).toEqual([
      { left: 10, right: 330, top: 10, bottom: 590 },
      { left: 10, right: 390, top: 310, bottom: 590 },
    ]);
  });

  it('takes the side of a control with more room', () => {
    // A phone's sheet over the bottom two thirds.
    const area = openArea(
      { width: 390, height: 700, covered: [{ left: 0, right: 390, top: 250, bottom: 700 }] },
      16,
    );
    expect(area).toEqual({ left: 16, right: 374, top: 16, bottom: 234 });
  });
});
