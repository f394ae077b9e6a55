/**
 * The figure's bones: names, hierarchy and rest positions, derived from the skeleton.
 *
 * Every bone's rest rotation is the identity (its axes are the body's: +X the figure's left, +Y
 * up, +Z forward), so a pose's rotations are read in the body's own directions at rest (x: bend
 * forward/back, y: turn about the vertical, z: sideways). Only the left half and the midline are
 * modelled; a `-right` bone is the mirror image of its `-left` twin.
 */
import { LEVEL } from './proportions';
import type { Skeleton } from './skeleton';
import { lerp, type V3 } from './sdf/vec';

/** Bones on the midline, root first. */
export const MIDLINE_BONES = ['pelvis', 'spine-lumbar', 'spine-chest', 'neck', 'head'] as const;
/** Bones of one side, without the side suffix. */
export const LIMB_BONES = [
  'shoulder',
  'upper-arm',
  'forearm',
  'forearm-twist',
  'hand',
  'thumb',
  'thigh',
  'shin',
  'foot',
  'toes',
] as const;

export type MidlineBone = (typeof MIDLINE_BONES)[number];
export type LimbBone = (typeof LIMB_BONES)[number];
export type Side = 'left' | 'right';
/** What a primitive of the (left-half) field can be tagged with. */
export type BoneSlot = MidlineBone | LimbBone;

/** Every joint node's name, in the skin's joint order. */
export const BONE_NAMES = [
  'pelvis',
  'spine-lumbar',
  'spine-chest',
  'neck',
  'head',
  'shoulder-left',
  'upper-arm-left',
  'forearm-left',
  'forearm-twist-left',
  'hand-left',
  'thumb-left',
  'shoulder-right',
  'upper-arm-right',
  'forearm-right',
  'forearm-twist-right',
  'hand-right',
  'thumb-right',
  'thigh-left',
  'shin-left',
  'foot-left',
  'toes-left',
  'thigh-right',
  'shin-right',
  'foot-right',
  'toes-right',
] as const;

export type BoneName = (typeof BONE_NAMES)[number];

const LIMB_PARENT: Record<LimbBone, BoneSlot> = {
  shoulder: 'spine-chest',
  'upper-arm': 'shoulder',
  forearm: 'upper-arm',
  'forearm-twist': 'forearm',
  hand: 'forearm-twist',
  thumb: 'hand',
  thigh: 'pelvis',
  shin: 'thigh',
  foot: 'shin',
  toes: 'foot',
};
const MIDLINE_PARENT: Record<MidlineBone, MidlineBone | null> = {
  pelvis: null,
  'spine-lumbar': 'pelvis',
  'spine-chest': 'spine-lumbar',
  neck: 'spine-chest',
  head: 'neck',
};

const isMidline = (slot: BoneSlot): slot is MidlineBone =>
  (MIDLINE_BONES as readonly string[]).includes(slot);

/** The joint name of a slot on a side (midline slots have no side). */
export function boneName(slot: BoneSlot, side: Side): BoneName {
  return (isMidline(slot) ? slot : `${slot}-${side}`) as BoneName;
}

/** Slot and side of a joint name. */
export function boneSlot(name: BoneName): { slot: BoneSlot; side: Side | null } {
  const m = /^(.*)-(left|right)$/.exec(name);
  if (m) return { slot: m[1] as LimbBone, side: m[2] as Side };
  return { slot: name as MidlineBone, side: null };
}

/** The mirror twin of a bone (itself on the midline). */
export function mirrorBone(name: BoneName): BoneName {
  const { slot, side } = boneSlot(name);
  return side === null ? name : boneName(slot, side === 'left' ? 'right' : 'left');
}

export const BONE_PARENT: Record<BoneName, BoneName | null> = Object.fromEntries(
  BONE_NAMES.map((name) => {
    const { slot, side } = boneSlot(name);
    const parent =
      side === null ? MIDLINE_PARENT[slot as MidlineBone] : LIMB_PARENT[slot as LimbBone];
    return [name, parent === null ? null : boneName(parent, side ?? 'left')];
  }),
) as Record<BoneName, BoneName | null>;

export const boneIndex = (name: BoneName): number => BONE_NAMES.indexOf(name);

/**
 * Where each joint sits on the left half at rest (field coordinates, before the figure is
 * stood on the floor): the pelvis between the hip joints, the spine joints in front of the back
 * where the vertebral bodies are, the clavicle at the sternoclavicular joint, the forearm's
 * twist joint halfway down the forearm, the thumb at its carpometacarpal joint, the toes at the
 * ball of the foot.
 */
export function boneHeads(s: Skeleton): Record<BoneSlot, V3> {
  const ball = s.toes.reduce<V3>(
    (sum, t) => [
      sum[0] + t.base[0] / s.toes.length,
      sum[1] + t.base[1] / s.toes.length,
      sum[2] + t.base[2] / s.toes.length,
    ],
    [0, 0, 0],
  );
  return {
    pelvis: [0, s.hip[1], 0],
    'spine-lumbar': [0, LEVEL.iliacCrest - 0.03, -0.035],
    'spine-chest': [0, LEVEL.waist + 0.07, -0.045],
    neck: [0, LEVEL.c7 - 0.02, -0.04],
    head: [0, LEVEL.noseBase - 0.005, -0.022],
    shoulder: [0.02, LEVEL.sternalNotch, 0.03],
    'upper-arm': s.shoulder,
    forearm: s.elbow,
    'forearm-twist': lerp(s.elbow, s.wrist, 0.5),
    hand: s.wrist,
    thumb: s.thumb.base,
    thigh: s.hip,
    shin: s.knee,
    foot: s.ankle,
    toes: ball,
  };
}

/** Rest position of every joint in the body's frame, with the figure stood on the floor. */
export function restJoints(s: Skeleton, shiftY: number): Record<BoneName, V3> {
  const heads = boneHeads(s);
  return Object.fromEntries(
    BONE_NAMES.map((name) => {
      const { slot, side } = boneSlot(name);
      const h = heads[slot];
      return [name, [side === 'right' ? -h[0] : h[0], h[1] + shiftY, h[2]]];
    }),
  ) as Record<BoneName, V3>;
}

/** Number of steps between two bones in the hierarchy. */
export function boneDistance(a: BoneName, b: BoneName): number {
  const chain = (n: BoneName): BoneName[] => {
    const out: BoneName[] = [n];
    for (let p = BONE_PARENT[n]; p; p = BONE_PARENT[p]) out.push(p);
    return out;
  };
  const ca = chain(a);
  const cb = chain(b);
  for (let i = 0; i < ca.length; i++) {
    const j = cb.indexOf(ca[i]!);
    if (j >= 0) return i + j;
  }
  return Infinity;
}
