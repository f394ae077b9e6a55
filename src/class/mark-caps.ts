/**
 * How much the teacher's pen may draw at once: few enough points that one drawing stays well
 * under the hub's 8 KB body limit (a spot is about 25 bytes of JSON), enough for a dozen
 * strokes a hand's length each at the pen's step. Plain numbers, so the drawing side can keep
 * to them without loading the protocol's schemas.
 */
export const MAX_STROKES = 12;
export const MAX_STROKE_POINTS = 120;
export const MAX_MARK_POINTS = 240;
