import type { PoseName } from '../../../models/poses';
import type { AnchoredMarker, AnchoredStandardPoint } from './skin-anchors';

/**
 * The points placed on the body once, at build time (placement-plugin.ts), and shipped as a small
 * JSON file beside the model: the browser then builds no surface index and runs no placement to
 * show the markers. Each marker and each mark of its guide is held by the rest-pose triangle under
 * it (skin-anchors.ts), so one file serves every pose.
 */
export interface PlacementAsset {
  format: typeof PLACEMENT_FORMAT;
  markers: FramedAnchoredMarker[];
  /**
   * The standard point each dataset point names as its likely match, held by the skin, for
   * comparing the article's reading with the standard (src/data/standard-placement.ts).
   */
  standard: AnchoredStandardPoint[];
  /** Points the body could not place, in plain words (placement.ts). */
  problems: string[];
  /** The box around the body in each pose, [min x, y, z, max x, y, z] in metres, for framing. */
  bounds: Record<PoseName, BoxBounds>;
  /**
   * For each pose, each marker's line of sight (in `markers` order): from which of the view
   * directions (src/scene/framing/view-directions.ts) nothing stands between it and a camera.
   * Worked out by the build (and by a page that must place the points itself). Absent, every
   * direction counts as clear.
   */
  sight?: Partial<Record<PoseName, string[]>>;
}

export type BoxBounds = [number, number, number, number, number, number];

/** A marker as the file holds it: with the rest-skin vertices that outline its close-up. */
export interface FramedAnchoredMarker extends AnchoredMarker {
  context: number[];
}

/** Raised whenever the shape changes (checked in placement-asset-check.ts). */
export const PLACEMENT_FORMAT = 4;

/**
 * Decimal places kept: 1 µm for the lift off the skin, and barycentric weights to a millionth,
 * which on the body's triangles (a few centimetres across) moves a spot well under 0.1 µm.
 */
const KEPT_DECIMALS = 6;

export function encodePlacementAsset(asset: PlacementAsset): string {
  const scale = 10 ** KEPT_DECIMALS;
  return JSON.stringify(asset, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isInteger(value)
      ? Math.round(value * scale) / scale
      : value,
  );
}
