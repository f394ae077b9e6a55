/**
 * How much the teacher's pen may draw at once: few enough points that one drawing stays well
 * under the hub's 8 KB body limit (a spot is about 25 bytes of JSON), enough for about a metre
 * of ink at the pen's 4 mm step, in up to a dozen strokes. Plain numbers, so the drawing side
 * can keep to them without loading the protocol's schemas.
 */
export const MAX_STROKES = 12;
export const MAX_STROKE_POINTS = 120;
export const MAX_MARK_POINTS = 240;
