/**
 * The arm's soft shapes, metres: the muscles, palm and digit masses that shape/arm.ts lays over
 * the skeleton. A share runs from the upper joint (0) to the lower (1); hand offsets are (toward
 * the fingertips, toward the thumb, toward the palm) in the hand's own frame; radii are
 * half-lengths along each shape's axis, then across. Digit tapers and nail sizes are fractions
 * of the digit's radius. The landmark shapes (wrist creases, tendons, ulna) live in
 * proportions.ts.
 */
import type { V3 } from './sdf/vec';

export const UPPER_ARM = {
  biceps: { at: 0.55, radii: [0.1, 0.028, 0.034] as V3 },
  triceps: { at: 0.45, offset: [0, 0, -0.012] as V3, radii: [0.11, 0.03, 0.036] as V3 },
} as const;

export const FOREARM = {
  /** The forearm's cone, from the elbow to the wrist. */
  elbowRadius: 0.037,
  wristRadius: 0.024,
  /** The flexor and extensor bulk in the upper forearm, facing a little outward of forward. */
  bulk: { at: 0.28, facing: [0.2, 0, 1] as V3, radii: [0.085, 0.036, 0.03] as V3 },
  /** Half-length of the wrist's flat mass along the hand. */
  wristHalfLength: 0.014,
} as const;

export const PALM = {
  centreAlong: 0.055,
  halfLength: 0.048,
  knuckleLine: { at: [0.083, 0.0, -0.001] as V3, radii: [0.039, 0.012, 0.013] as V3 },
  /** The ball of the thumb and the pad under the little finger. */
  thenar: { at: [0.035, 0.022, 0.01] as V3, radii: [0.03, 0.012, 0.017] as V3 },
  hypothenar: { at: [0.045, -0.025, 0.008] as V3, radii: [0.035, 0.01, 0.014] as V3 },
} as const;

/** A finger narrows joint by joint; its last segment stops short of the tip by its end radius. */
export const FINGER_TAPER = { pip: 0.9, dip: 0.82, tip: 0.76, tipShort: 0.78 } as const;

export const THUMB_SHAPE = {
  /** The thumb's metacarpal is thicker at its base, in the ball of the thumb. */
  baseSwell: 1.25,
  ip: 0.92,
  tip: 0.85,
  tipShort: 0.85,
} as const;

/**
 * Nails, as fractions of the digit's radius: the nail's own size, set back from the tip, raised
 * above the digit's axis, and its half-length, thickness and half-width. The thumb's nail faces
 * half back and mostly toward the thumb's own side.
 */
export const HAND_NAIL = {
  finger: { size: 0.8, back: 1.1, raise: 0.86, radii: [0.85, 0.22, 0.72] as V3 },
  thumb: { size: 0.78, back: 1.1, raise: 0.86, radii: [0.9, 0.22, 0.75] as V3 },
  thumbFacing: { back: 0.5, side: 0.85 },
} as const;

/** How softly neighbouring shapes merge (smooth-union radius), metres. */
export const ARM_BLEND = {
  upperArm: 0.02,
  forearm: 0.025,
  palm: 0.012,
  thumb: 0.006,
  nail: 0.0015,
  palmDigits: 0.006,
  upperToForearm: 0.03,
  armToHand: 0.02,
  wristBack: 0.004,
  tendonAtWrist: 0.002,
  creaseCut: 0.002,
} as const;
