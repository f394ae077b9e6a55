/**
 * The standard's proportional spans on the generated body (models/cun-span-ids.ts): measured
 * between landmarks of the table where it has them, and on the skeleton and the field where a
 * span ends at a joint crease the table does not list. The two widths (the nipple lines, the
 * shoulder blades' inner borders) are taken from the proportions the body is built from, as the
 * body draws no nipples and its shoulder blades are shallow ridges.
 */
import { CUN_SPANS, type CunSpanId } from './cun-span-ids';
import { HAIRLINE } from './colours';
import type { LandmarkId } from './landmark-ids';
import type { LandmarkEntry } from './landmark-table';
import { castToSurface } from './mesh/queries';
import { BACK, LEVEL, NECK } from './proportions';
import type { Skeleton } from './skeleton';
import { dot, len, norm, sub, type V3 } from './sdf/vec';

/** Samples along the head's midline profile: a millimetre apart or closer on an adult head. */
const HEAD_PROFILE_SAMPLES = 400;

export interface SpanInputs {
  skeleton: Skeleton;
  field: (p: readonly number[]) => number;
  /** The table's landmarks, on the floor-standing mesh. */
  landmarks: readonly LandmarkEntry[];
  /** Added to the field's y to stand the mesh on the floor. */
  shiftY: number;
  fingerWidthM: number;
}

export function measureCunSpans(inputs: SpanInputs): Record<CunSpanId, number> {
  const { skeleton: s, field, shiftY } = inputs;
  /** A left-side (or midline) landmark, in the field's coordinates. */
  const at = (id: LandmarkId): V3 => {
    const entry =
      inputs.landmarks.find((l) => l.id === id && l.side === 'left') ??
      inputs.landmarks.find((l) => l.id === id && l.side === 'midline');
    if (entry === undefined) throw new Error(`cun spans: no landmark "${id}" in the table`);
    return [entry.position[0], entry.position[1] - shiftY, entry.position[2]];
  };
  const toKnee = norm(sub(s.knee, s.ankle));
  const toElbow = norm(sub(s.elbow, s.wrist));
  const lengths: Record<CunSpanId, number> = {
    head: headProfileLength(field, at('nape-hairline')),
    // The creases of the knee and the elbow lie across their joints: measured along the limb.
    forearm: dot(sub(s.elbow, at('wrist-crease-palmar')), toElbow),
    'lower-leg': dot(sub(s.knee, at('lateral-malleolus')), toKnee),
    // The figure stands on the floor, where its soles are.
    'ankle-height': at('medial-malleolus')[1] + shiftY,
    'lower-abdomen': len(sub(at('navel'), at('pubic-crest-top'))),
    // The body has no nipples; the standard's nipple line is the collarbone's middle, between
    // its inner end (at the edge of the sternal notch) and the acromion.
    'chest-width': NECK.notchRadii[0] + BACK.scapula.acromion[0],
    'back-width': 2 * scapulaBorderX(LEVEL.t4t5),
    'four-fingers': 4 * inputs.fingerWidthM,
  };
  for (const id of Object.keys(CUN_SPANS) as CunSpanId[])
    if (!(lengths[id] > 0)) throw new Error(`cun spans: "${id}" measured ${lengths[id]} m`);
  return lengths;
}

/**
 * The skin's length along the head's midline from the front hairline over the crown to the back
 * hairline, sampled by casting out from inside the skull at small steps of angle.
 */
function headProfileLength(field: (p: readonly number[]) => number, napeHairline: V3): number {
  const centre: V3 = [0, LEVEL.eyes, HAIRLINE.front[2] / 2 + napeHairline[2] / 2];
  const angleOf = (p: V3) => Math.atan2(p[2] - centre[2], p[1] - centre[1]);
  const front = angleOf(HAIRLINE.front);
  const back = angleOf(napeHairline);
  let total = 0;
  let previous: V3 | null = null;
  for (let i = 0; i <= HEAD_PROFILE_SAMPLES; i++) {
    const angle = front + ((back - front) * i) / HEAD_PROFILE_SAMPLES;
    const onSkin = castToSurface(field, centre, [0, Math.cos(angle), Math.sin(angle)]);
    if (previous !== null) total += len(sub(onSkin, previous));
    previous = onSkin;
  }
  return total;
}

/** The shoulder blade's inner border, from its upper to its lower angle, at height `y`. */
function scapulaBorderX(y: number): number {
  const [upperX, upperY] = BACK.scapula.superiorAngle;
  const [lowerX, lowerY] = BACK.scapula.inferiorAngle;
  const share = (y - upperY) / (lowerY - upperY);
  return upperX + (lowerX - upperX) * share;
}
