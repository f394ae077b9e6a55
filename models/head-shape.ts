/**
 * The head's and neck's soft shapes, metres: what shape/head.ts sculpts the skull, face, ears
 * and neck from. Positions are (x outward for the left side, height relative to the level named,
 * z forward); radii are half-breadth, half-height, half-depth, or half-lengths along a tilted
 * shape's axis, then across. The landmark shapes (occiput, lids, nuchal furrow, thyroid) live in
 * proportions.ts.
 */
import type { V3 } from './sdf/vec';

/** A shape's centre as (x, height above its level, z) and its radii. */
interface Mass {
  at: V3;
  radii: V3;
}

export const SKULL_SHAPE = {
  /** The cranium hangs from the crown (its centre one half-height below). */
  cranium: { z: -0.02, radii: [0.075, 0.088, 0.1] as V3 },
  /** Relative to the eyes' level. */
  midFace: { at: [0, -0.03, 0.02], radii: [0.062, 0.058, 0.064] } as Mass,
  /** Relative to the brow. */
  forehead: { at: [0, 0.03, 0.034], radii: [0.058, 0.045, 0.05] } as Mass,
  /** Relative to the mouth: the muzzle under the lips. */
  muzzle: { at: [0, 0.004, 0.062], radii: [0.03, 0.026, 0.026] } as Mass,
  /** The jaw line from below the ear (relative to the mouth) to beside the chin (to the chin). */
  jaw: {
    back: [0.048, 0.008, -0.014] as V3,
    front: [0.012, 0.013, 0.062] as V3,
    radii: [0.016, 0.012],
  },
  /** Relative to the chin. */
  chin: { at: [0, 0.012, 0.07], radii: [0.017, 0.012, 0.012] } as Mass,
  /** Relative to the mouth. */
  cheek: { at: [0.04, 0.014, 0.04], radii: [0.022, 0.026, 0.03] } as Mass,
  /** Relative to the eyes. */
  cheekbone: { at: [0.046, -0.02, 0.05], radii: [0.02, 0.014, 0.02] } as Mass,
  /** Relative to the brow, slanting back toward the temple. */
  brow: {
    at: [0.028, 0.002, 0.073] as V3,
    axis: [1, 0, -0.35] as V3,
    radii: [0.027, 0.009, 0.011] as V3,
  },
} as const;

export const EYE_SHAPE = {
  /** The almond-shaped recess the closed eye sits in (z in front of the face plane). */
  socket: { z: 0.082, axis: [1, 0.08, -0.18] as V3, radii: [0.0175, 0.0105, 0.0095] as V3 },
  /** The lid seam follows the eye's curve back toward the temple. */
  seamAxis: [1, 0, -0.2] as V3,
} as const;

/** The nose, relative to the brow (bridge) or to the nose's base (tip, wings, philtrum). */
export const NOSE_SHAPE = {
  bridge: {
    top: [0, -0.006, 0.082] as V3,
    bottom: [0, 0.013, 0.104] as V3,
    radii: [0.0068, 0.0085],
  },
  tip: { at: [0, 0.008, 0.103] as V3, radius: 0.0096 },
  wing: { at: [0.0098, 0.0045, 0.093], radii: [0.0064, 0.0058, 0.0072] } as Mass,
  /** The philtrum under the columella. */
  philtrum: { at: [0, -0.006, 0.0905], radii: [0.0085, 0.0095, 0.0065] } as Mass,
  /** The nose's base on the upper jaw. */
  base: { at: [0, 0.008, 0.083], radii: [0.016, 0.013, 0.012] } as Mass,
  nostril: { at: [0.0062, -0.0012, 0.099], radii: [0.0028, 0.0018, 0.0036] } as Mass,
} as const;

/** The lips' parting line, at the mouth's level. */
export const MOUTH_LINE = { halfWidth: 0.017, z: 0.0905, radius: 0.0012 } as const;

/** The ear, relative to the eyes' level. */
export const EAR_SHAPE = {
  shellAxis: [0, 1, 0.12] as V3,
  shellFacing: [0.9, 0, 0.35] as V3,
  shellRadii: [0.031, 0.0125, 0.019] as V3,
  /** Where the ear joins the head. */
  root: { at: [0.066, -0.02, -0.012], radii: [0.008, 0.016, 0.012] } as Mass,
  /** The concha's bowl and the upper fossa cut into the shell. */
  concha: { at: [0.086, -0.02, -0.006] as V3, radius: 0.0105 },
  fossa: {
    at: [0.084, -0.002, -0.012] as V3,
    axis: [0, 1, 0.2] as V3,
    radii: [0.012, 0.004, 0.009] as V3,
  },
} as const;

export const NECK_SHAPE = {
  /** The neck's cone from below the sternal notch to above the chin's level (y offset, z). */
  base: { below: 0.02, z: -0.012, radius: 0.058 },
  top: { aboveChin: 0.03, z: -0.022, radius: 0.05 },
  /** The sternocleidomastoid from behind the ear (relative to the eyes) to the sternal notch. */
  sternocleidomastoid: {
    top: [0.05, -0.05, -0.035] as V3,
    bottom: [0.018, 0.004, 0.045] as V3,
    radius: 0.011,
  },
  /** The extensors beside the nuchal furrow, from the skull (relative to the eyes) to C7. */
  extensors: { topBelowEyes: 0.05, topZ: -0.062, spreadAtC7: 0.008, bottomZ: -0.07 },
} as const;

/** How softly neighbouring shapes merge (smooth-union radius), metres. */
export const HEAD_BLEND = {
  skull: 0.035,
  socket: 0.006,
  lidSeam: 0.0015,
  nose: 0.006,
  lips: 0.004,
  earRoot: 0.008,
  earCuts: 0.003,
  noseToFace: 0.007,
  lipsToFace: 0.0035,
  nostrilsAndMouth: 0.003,
  eyesToFace: 0.004,
  neck: 0.02,
  thyroid: 0.006,
  faceToNeck: 0.018,
  ears: 0.012,
} as const;
