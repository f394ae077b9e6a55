import * as z from 'zod/mini';
import { POSE_NAMES, type PoseName } from '../../../models/poses';
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

/** Raised whenever the shape below changes. */
export const PLACEMENT_FORMAT = 4;

/**
 * Decimal places kept: 1 µm for the lift off the skin, and barycentric weights to a millionth,
 * which on the body's triangles (a few centimetres across) moves a spot well under 0.1 µm.
 */
const KEPT_DECIMALS = 6;

const vertexId = z.int().check(z.gte(0));
const triple = <T extends z.ZodMiniType>(item: T) => z.tuple([item, item, item]);
const anchorFields = {
  vertices: triple(vertexId),
  weights: triple(z.number()),
  liftM: z.number(),
};
const anchor = z.strictObject(anchorFields);
const label = z.string().check(z.minLength(1));
const namedAnchor = z.strictObject({
  ...anchorFields,
  name: label,
  bones: z.array(z.strictObject({ node: label, label })),
});
const assetSchema = z.strictObject({
  format: z.literal(PLACEMENT_FORMAT),
  markers: z.array(
    z.strictObject({
      point: z.int().check(z.gte(1)),
      side: z.enum(['left', 'right', 'midline']),
      anchor,
      guide: z.strictObject({
        landmarks: z.array(namedAnchor),
        start: anchor,
        ticks: z.array(anchor),
        path: z.array(anchor),
      }),
      context: z.array(vertexId),
    }),
  ),
  standard: z.array(
    z.strictObject({
      point: z.int().check(z.gte(1)),
      side: z.enum(['left', 'right', 'midline']),
      code: label,
      distanceM: z.number().check(z.gte(0)),
      cunM: z.number().check(z.gt(0)),
      anchor,
    }),
  ),
  problems: z.array(z.string()),
  bounds: z.record(
    z.enum(POSE_NAMES),
    z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number()]),
  ),
  sight: z.optional(z.partialRecord(z.enum(POSE_NAMES), z.array(z.string()))),
}) satisfies z.ZodMiniType<PlacementAsset>;

export function encodePlacementAsset(asset: PlacementAsset): string {
  const scale = 10 ** KEPT_DECIMALS;
  return JSON.stringify(asset, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isInteger(value)
      ? Math.round(value * scale) / scale
      : value,
  );
}

/** The asset, checked; an error names the field that is wrong. */
export function decodePlacementAsset(json: unknown): PlacementAsset {
  const result = assetSchema.safeParse(json);
  if (result.success) return result.data as PlacementAsset;
  const issue = result.error.issues[0]!;
  throw new Error(`the body's placement file is not usable: at ${issue.path.join('.') || 'top'}`);
}
