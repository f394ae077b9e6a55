import { Color } from 'three';

/**
 * Marker colours, shared by the 3D dots and the DOM labels (app.css uses the same values):
 * copper for the points named for self-massage, deep teal for the others. Both keep ≥ 3:1
 * contrast against the light skin.
 */
export const MARKER_COLOURS = {
  self: new Color('#a3470f'),
  other: new Color('#0d5c63'),
  dimmed: new Color('#b9b2a6'),
} as const;

/** Radius of a marker dot on the skin, metres. */
export const MARKER_DOT_RADIUS_M = 0.0035;
