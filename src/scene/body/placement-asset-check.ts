import * as z from 'zod/mini';
import { POSE_NAMES } from '../../../models/pose-names';
import { PLACEMENT_FORMAT, type PlacementAsset } from './placement-asset';

// The placement file's shape, checked where it is read. A module of its own, loaded beside the
// file's download: the validator stays out of the script the body's first frame waits for, and
// the markers, which wait for the file anyway, wait for nothing more.

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

/** The asset, checked; an error names the field that is wrong. */
export function decodePlacementAsset(json: unknown): PlacementAsset {
  const result = assetSchema.safeParse(json);
  if (result.success) return result.data as PlacementAsset;
  const issue = result.error.issues[0]!;
  throw new Error(`the body's placement file is not usable: at ${issue.path.join('.') || 'top'}`);
}
