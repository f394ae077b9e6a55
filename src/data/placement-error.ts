/**
 * A point the body cannot place (a landmark missing from the table, a rule that walks off the
 * skin). Its own module, so the 3D view can tell this error apart without loading placement.
 */
export class PlacementError extends Error {}
