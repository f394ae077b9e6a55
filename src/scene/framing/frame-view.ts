import { Vector3 } from 'three';
import { fitView, type FittedView } from './fit-view';
import type { ViewArea } from './open-area';
import { canSee, type SightMask } from './sight-mask';
import { headUpShare, isUpright } from './upright';
import { VIEW_DIRECTIONS } from './view-directions';

/** A point to show, as the posed skin carries it. */
export interface FramingSubject {
  position: Vector3;
  normal: Vector3;
  /** From which view directions nothing stands in its way; null: not known (all count). */
  sight: SightMask | null;
  /** The sight looks through a fold of skin over it: framed so, but never counted as seen. */
  inFold?: boolean;
  /** The body part around it, as outline spots: framed whole with it. */
  context: readonly Vector3[];
}

export interface FramingRequest {
  subjects: readonly FramingSubject[];
  /** The body's long axis as posed, pelvis toward head (unit). */
  headward: Vector3;
  area: ViewArea;
  fovDegrees: number;
}

export interface Framing extends FittedView {
  /** The subjects in sight from the chosen direction, by index. */
  seen: number[];
  /** The chosen direction, from the target toward the camera. */
  direction: [number, number, number];
}

/**
 * Turned further than this from the camera (about 70°), the skin at a point is seen too much
 * edge on to read where on it the point lies.
 */
const MIN_FACING = 0.34;
/** A close view reads most naturally square on to the skin and a little from above. */
const LIFT = 0.25;
/** Among clear views, one with the head toward the top of the screen is worth this much more. */
const HEAD_UP_WEIGHT = 0.3;

/**
 * The one answer to "where does the camera go" for a point, or a few points at once, in every
 * mode: of the view directions that show the body the right way up (upright.ts), the one from
 * which most subjects are in sight, square on to their skin, with the head toward the top; then
 * just far enough back for the body part around them to fit the view's open area. A single
 * subject that nothing shows (a point lying in a fold of skin in that pose) is framed from the
 * best upright direction all the same, with `seen` empty, so the view can say so.
 */
export function frameView({ subjects, headward, area, fovDegrees }: FramingRequest): Framing {
  const natural = subjects.map((s) =>
    s.normal
      .clone()
      .add(new Vector3(0, LIFT, 0))
      .normalize(),
  );
  let best: { direction: Vector3; inSight: number[]; score: number } | null = null;
  for (let i = 0; i < VIEW_DIRECTIONS.length; i++) {
    const direction = VIEW_DIRECTIONS[i]!;
    if (!isUpright(direction, headward)) continue;
    const inSight = subjects.flatMap((subject, s) =>
      direction.dot(subject.normal) >= MIN_FACING &&
      (subject.sight === null || canSee(subject.sight, i))
        ? [s]
        : [],
    );
    // Most subjects in sight first; then how well they are seen.
    const quality =
      (inSight.length === 0
        ? subjects.reduce((sum, _, s) => sum + direction.dot(natural[s]!), 0) / subjects.length
        : inSight.reduce((sum, s) => sum + direction.dot(natural[s]!), 0) / inSight.length) +
      HEAD_UP_WEIGHT * headUpShare(direction, headward);
    const score = inSight.length * 10 + quality;
    if (best === null || score > best.score) best = { direction, inSight, score };
  }
  const chosen = best ?? { direction: new Vector3(0, 0, 1), inSight: [] };
  const framed = chosen.inSight.length > 0 ? chosen.inSight : subjects.map((_, s) => s);
  const seen = chosen.inSight.filter((s) => subjects[s]!.inFold !== true);
  const target = centreOf(framed.map((s) => subjects[s]!.position));
  const outline = framed.flatMap((s) => [subjects[s]!.position, ...subjects[s]!.context]);
  return {
    ...fitView(target, chosen.direction, outline, area, fovDegrees),
    seen,
    direction: chosen.direction.toArray() as Framing['direction'],
  };
}

function centreOf(spots: readonly Vector3[]): Vector3 {
  const centre = new Vector3();
  for (const spot of spots) centre.add(spot);
  return spots.length === 0 ? centre : centre.divideScalar(spots.length);
}
