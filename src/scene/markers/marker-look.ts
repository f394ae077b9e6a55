import { Color } from 'three';

/** Radius of a marker dot on the skin, metres. */
export const MARKER_DOT_RADIUS_M = 0.0035;
/** The selected point's dot is drawn this much larger. */
export const SELECTED_DOT_SCALE = 1.4;

/**
 * The guide's landmark dot: wider than the selected point's dot, so where the point sits on its
 * landmark (points 3, 4, 11) or a few millimetres off it (point 24) the landmark shows as a blue
 * halo around the point instead of covering it.
 */
export const GUIDE_LANDMARK_RADIUS_M = 0.007;
/** A finger-width tick: smaller than a marker dot, so even under it the point stays in sight. */
export const GUIDE_TICK_RADIUS_M = 0.0025;

/**
 * Draw order of the 3D marks. The guide never writes depth, so what is drawn later lies on top
 * wherever marks overlap: landmark, then the line, then the ticks, and the point's dot last.
 */
export const DRAW_ORDER = { landmark: 1, line: 2, tick: 3, marker: 4 } as const;

/** How markers and the guide are drawn, as the CSS tokens (src/styles/tokens.css) say. */
export interface MarkerLook {
  colours: { self: Color; other: Color; dropped: Color };
  guide: { landmark: Color; line: Color; tick: Color };
  /** The tint of the zone where the selected point may lie. */
  zone: Color;
  /** The standard point's ring and the halo that keeps it legible on any skin. */
  standard: { ring: Color; halo: Color };
  /** A label's diameter, the selected pin's diameter with its ring, and how far the pin is lifted. */
  labelPx: number;
  pinPx: number;
  pinLiftPx: number;
  /** A dropped point's dot, and the smallest hit area any marker may have (larger on touch). */
  droppedPx: number;
  targetPx: number;
}

/**
 * Reads the marker tokens in effect at `element` (a mode may override them: Present draws larger
 * labels), so the 3D dots match their labels and the decluttering measures what CSS draws.
 */
export function readMarkerLook(element: Element): MarkerLook {
  const style = getComputedStyle(element);
  const token = (name: string) => style.getPropertyValue(name).trim();
  const colour = (name: string) => new Color(token(name));
  const px = (name: string) => parseFloat(token(name));
  return {
    colours: {
      self: colour('--marker-self'),
      other: colour('--marker-other'),
      dropped: colour('--marker-dropped'),
    },
    guide: {
      landmark: colour('--guide-landmark'),
      line: colour('--guide-line'),
      tick: colour('--guide-tick'),
    },
    zone: colour('--zone'),
    standard: { ring: colour('--standard-ring'), halo: colour('--standard-halo') },
    labelPx: px('--marker-label-size'),
    pinPx: px('--marker-pin-size') + 2 * px('--marker-pin-ring'),
    pinLiftPx: px('--marker-pin-lift'),
    droppedPx: px('--marker-dropped-size'),
    targetPx: px('--marker-target-size'),
  };
}
