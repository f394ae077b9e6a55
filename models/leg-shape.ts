/**
 * The leg's soft shapes, metres: the muscles, knee and foot masses that shape/leg.ts lays over
 * the skeleton. Offsets are (x outward for the left leg, y up, z forward) from the joint named,
 * or (forward, outward, up) in the foot's own frame; radii are half-lengths along each shape's
 * axis, then across. Where a shape sits "at" a share, the share runs from the upper joint (0) to
 * the lower (1). The landmark bones (ankle bones, tendon, nails) live in proportions.ts.
 */
import type { V3 } from './sdf/vec';

export const THIGH = {
  /** The thigh's cone starts a little below and in front of the hip joint. */
  topOffset: [0.004, -0.02, -0.005] as V3,
  /** Quadriceps on the front, hamstrings behind, vastus medialis as the inner bulge above the knee. */
  quadriceps: { at: 0.42, offset: [0.0, 0, 0.028] as V3, radii: [0.17, 0.05, 0.058] as V3 },
  hamstrings: { at: 0.45, offset: [0, 0, -0.03] as V3, radii: [0.16, 0.048, 0.055] as V3 },
  vastusMedialis: {
    at: 0.82,
    offset: [-0.02, 0, 0.022] as V3,
    facing: [-1, 0, 0.5] as V3,
    radii: [0.055, 0.03, 0.036] as V3,
  },
} as const;

export const KNEE_SHAPE = {
  /** The knee's round mass, a little above and behind the joint's centre. */
  massOffset: [0, 0.005, -0.004] as V3,
  patellaOffset: [0, 0.014, 0.04] as V3,
  patellaRadii: [0.024, 0.029, 0.016] as V3,
} as const;

export const CALF = {
  /** The shin's cone starts this far below the knee joint. */
  shinTopBelowKnee: 0.03,
  /** The calf's cone narrows into the ankle by this much less than the ankle's own radius. */
  ankleNarrowing: 0.005,
  medialGastrocnemius: {
    at: 0.24,
    offset: [-0.014, 0, -0.032] as V3,
    radii: [0.1, 0.04, 0.034] as V3,
  },
  lateralGastrocnemius: {
    at: 0.22,
    offset: [0.016, 0, -0.028] as V3,
    radii: [0.085, 0.036, 0.03] as V3,
  },
  /** The shin bone's front edge: from just below the knee to above the ankle. */
  tibia: {
    from: 0.05,
    fromOffset: [-0.004, 0, 0.03] as V3,
    to: 0.85,
    toOffset: [-0.004, 0, 0.014] as V3,
    radius: 0.016,
  },
} as const;

export const ANKLE_SHAPE = {
  /** The ankle's mass round the joint (offset from the joint; radii across, up, forward). */
  massOffset: [0, -0.008, 0.004] as V3,
  massRadii: [0.028, 0.03, 0.027] as V3,
  /** The Achilles tendon thickens a little toward the calf. */
  achillesTopSwell: 0.0005,
  /** The tendon's ends in the foot's frame (forward, outward, up): heel insertion, then calf. */
  achillesHeel: [-0.046, 0.002, 0.045] as V3,
  achillesCalf: [-0.03, 0.0, 0.17] as V3,
} as const;

/** Cones of the foot in its frame: from (forward, outward, up), to, radius at each end. */
export interface FootCone {
  from: V3;
  to: V3;
  radii: readonly [number, number];
}
const footCone = (from: V3, to: V3, radii: readonly [number, number]): FootCone => ({
  from,
  to,
  radii,
});

export const FOOT_SHAPE = {
  lateralBorder: footCone([-0.02, 0.016, 0.022], [0.12, 0.043, 0.016], [0.021, 0.014]),
  /** The inner border runs lower at the front: the arch. */
  medialBorder: footCone([-0.01, -0.012, 0.04], [0.125, -0.027, 0.02], [0.022, 0.019]),
  ankleToInstep: footCone([0.0, 0.0, 0.07], [0.06, 0.0, 0.045], [0.03, 0.026]),
  instep: { centre: [0.05, 0.006, 0.042] as V3, radii: [0.085, 0.026, 0.037] as V3 },
  /** The ball of the foot, its long axis slanted back toward the little toe. */
  ball: {
    centre: [0.128, 0.01, 0.021] as V3,
    slantBack: 0.35,
    radii: [0.047, 0.02, 0.021] as V3,
  },
  /** Each metatarsal head sits just behind its toe's base and a quarter of the toe's radius lower. */
  headBehindToe: 0.006,
  headDrop: 0.25,
  /** The toe bends up at its middle by a quarter of its radius. */
  toeMidRaise: 0.25,
} as const;

/** How softly neighbouring shapes merge (smooth-union radius), metres. */
export const LEG_BLEND = {
  thighMuscles: 0.04,
  knee: 0.012,
  calfMuscles: 0.03,
  ankleMass: 0.01,
  footMasses: 0.014,
  archCut: 0.012,
  metatarsalHeads: 0.01,
  toeNail: 0.003,
  toeParts: 0.004,
  toesToFoot: 0.006,
  thighKneeCalf: 0.03,
  ankleFoot: 0.012,
  legToFoot: 0.02,
  hollowCut: 0.006,
} as const;
