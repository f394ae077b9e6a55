import { create } from 'zustand';
import { MAX_MARK_POINTS, MAX_STROKE_POINTS, MAX_STROKES } from '../class/mark-caps';
import type { Marks, SkinSpot } from '../class/protocol';

/** What a press on the body does in Present: turn it, draw on it, or point at it. */
export type PenTool = 'turn' | 'pen' | 'pointer';

/**
 * The pen keeps a point of its stroke only this far from the last one kept: smooth at
 * projector size, and a hand's length of stroke stays within a stroke's cap.
 */
export const PEN_STEP_M = 0.004;

const EMPTY: Marks = { point: null, strokes: [], pointer: null };

interface MarksState {
  tool: PenTool;
  /** What is drawn on the body, for one point: the teacher's own, or the teacher's as received. */
  marks: Marks;
  actions: {
    chooseTool: (tool: PenTool) => void;
    /** A new stroke at `spot`; on another point than the drawing's, the page starts clean. */
    startStroke: (point: number | null, spot: SkinSpot) => void;
    /** The pen moved to `spot`: kept once it is a step from the last, while the caps allow. */
    extendStroke: (spot: SkinSpot) => void;
    /** The pointer over the body (null: off it). */
    movePointer: (point: number | null, spot: SkinSpot | null) => void;
    /** A clean page for `point`: every stroke and the pointer gone. */
    clear: (point: number | null) => void;
    /** The teacher's drawing as the class received it. */
    show: (marks: Marks) => void;
  };
}

const spotCount = (strokes: readonly SkinSpot[][]) =>
  strokes.reduce((sum, stroke) => sum + stroke.length, 0);

/** The teacher's pen and pointer on the body, shared with the class while one follows. */
export const useMarksStore = create<MarksState>()((set) => ({
  tool: 'turn',
  marks: EMPTY,
  actions: {
    chooseTool: (tool) =>
      // Leaving the pointer takes its dot away.
      set((state) =>
        state.marks.pointer === null
          ? { tool }
          : { tool, marks: { ...state.marks, pointer: null } },
      ),
    startStroke: (point, spot) =>
      set(({ marks }) => {
        const kept = marks.point === point ? marks.strokes : [];
        // The oldest strokes give way to the new one, by count and by points.
        const strokes = [...kept, [spot]];
        while (
          strokes.length > MAX_STROKES ||
          (strokes.length > 1 && spotCount(strokes) > MAX_MARK_POINTS)
        )
          strokes.shift();
        return { marks: { point, strokes, pointer: null } };
      }),
    extendStroke: (spot) =>
      set(({ marks }) => {
        const stroke = marks.strokes.at(-1);
        if (stroke === undefined) return {};
        const last = stroke[stroke.length - 1]!;
        const step = Math.hypot(spot[0] - last[0], spot[1] - last[1], spot[2] - last[2]);
        if (step < PEN_STEP_M || stroke.length >= MAX_STROKE_POINTS) return {};
        const strokes = [...marks.strokes.slice(0, -1), [...stroke, spot]];
        // The stroke being drawn goes on; the oldest ones give way to it.
        while (strokes.length > 1 && spotCount(strokes) > MAX_MARK_POINTS) strokes.shift();
        return { marks: { ...marks, strokes } };
      }),
    movePointer: (point, spot) =>
      set(({ marks }) => {
        // Off the body and already off it: nothing new to draw or to send.
        if (marks.point === point && marks.pointer === null && spot === null) return {};
        return marks.point === point
          ? { marks: { ...marks, pointer: spot } }
          : { marks: { point, strokes: [], pointer: spot } };
      }),
    clear: (point) => set({ marks: { ...EMPTY, point } }),
    show: (marks) => set({ marks }),
  },
}));

export const useMarksActions = () => useMarksStore((state) => state.actions);
