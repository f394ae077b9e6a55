import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_MARK_POINTS, MAX_STROKE_POINTS, MAX_STROKES } from '../class/mark-caps';
import { marksSchema, type SkinSpot } from '../class/protocol';
import { PEN_STEP_M, useMarksStore } from './marks-store';

const actions = () => useMarksStore.getState().actions;
const marks = () => useMarksStore.getState().marks;
/** A spot `steps` pen steps along x from the origin, a little over a step apart. */
const along = (steps: number, y = 0): SkinSpot => [steps * PEN_STEP_M * 1.1, y, 0];

beforeEach(() => actions().clear(null));

describe('the pen', () => {
  it('keeps a point only a step away from the last', () => {
    actions().startStroke(8, along(0));
    actions().extendStroke([PEN_STEP_M / 2, 0, 0]);
    expect(marks().strokes[0]).toHaveLength(1);
    actions().extendStroke(along(1));
    expect(marks().strokes[0]).toEqual([along(0), along(1)]);
  });

  it('stops a stroke at its cap, and lets the oldest strokes go for new ones', () => {
    actions().startStroke(8, along(0));
    for (let i = 1; i < MAX_STROKE_POINTS + 20; i++) actions().extendStroke(along(i));
    expect(marks().strokes[0]).toHaveLength(MAX_STROKE_POINTS);
    const row = (stroke: number) => stroke / 100;
    for (let s = 0; s < MAX_STROKES + 3; s++) {
      actions().startStroke(8, along(0, row(s)));
      for (let i = 1; i < 40; i++) actions().extendStroke(along(i, row(s)));
    }
    const drawn = marks().strokes;
    expect(drawn.length).toBeLessThanOrEqual(MAX_STROKES);
    expect(drawn.flat().length).toBeLessThanOrEqual(MAX_MARK_POINTS);
    // The newest stroke is whole and last.
    expect(drawn.at(-1)).toHaveLength(40);
    expect(drawn.at(-1)![0]![1]).toBe(row(MAX_STROKES + 2));
    // What the store holds is always a drawing the hub takes.
    expect(marksSchema.safeParse(marks()).success).toBe(true);
  });

  it('starts a clean page on another point; the pointer moves without touching strokes', () => {
    actions().startStroke(8, along(0));
    actions().movePointer(8, along(3));
    expect(marks()).toMatchObject({ point: 8, pointer: along(3) });
    expect(marks().strokes).toHaveLength(1);
    actions().startStroke(9, along(1));
    expect(marks()).toEqual({ point: 9, strokes: [[along(1)]], pointer: null });
    actions().chooseTool('turn');
    actions().movePointer(10, along(2));
    expect(marks()).toEqual({ point: 10, strokes: [], pointer: along(2) });
  });
});
