/**
 * The trunk's soft shapes, metres: the masses and muscles that shape/trunk.ts builds the torso
 * from. Positions are (x outward for the left side, height above the level named, z forward);
 * radii are half-breadth, half-height, half-depth for a plain ellipsoid, or half-lengths along
 * the shape's axis, then across, for a tilted one. The landmark shapes (shoulder blades, spine
 * groove, spinous processes, cleft) live in proportions.ts.
 */
import type { V3 } from './sdf/vec';

/** The four masses the torso is blended from, and the chest's and shoulders' fronts. */
export const TORSO_MASS = {
  ribcage: { aboveNipple: 0.005, z: -0.012, narrowerThanChest: 0.007, radii: [0.165, 0.105] },
  abdomen: { aboveNavel: 0.04, radii: [0.13, 0.088] },
  pelvis: { aboveHip: 0.02, z: -0.01, narrowerThanHips: 0.035, radii: [0.1, 0.094] },
  lowerBelly: { abovePubis: 0.06, z: 0.025, radii: [0.11, 0.075, 0.066] as V3 },
  pectoral: {
    x: 0.064,
    aboveNipple: 0.045,
    z: 0.05,
    axis: [1, 0.2, 0.1] as V3,
    radii: [0.085, 0.062, 0.034] as V3,
  },
  shoulderGirdle: {
    x: 0.085,
    belowShoulder: 0.03,
    z: -0.018,
    axis: [1, -0.25, 0] as V3,
    radii: [0.1, 0.045, 0.07] as V3,
  },
} as const;

export const TORSO_MUSCLES = {
  rectusAbdominis: { at: [0.045, 0.06, 0.045] as V3, radii: [0.045, 0.12, 0.05] as V3 },
  /** The rib angles and the thoracic erectors either side of the spine, below T4/T5. */
  thoracicErectors: {
    at: [0.06, -0.03, -0.068] as V3,
    axis: [0.1, 1, 0.1] as V3,
    radii: [0.1, 0.048, 0.04] as V3,
  },
  latissimus: {
    at: [0.1, -0.04, -0.04] as V3,
    axis: [0.2, 1, -0.2] as V3,
    radii: [0.11, 0.04, 0.04] as V3,
  },
  /** The lumbar erectors, thinning down onto the sacrum. */
  lumbarErectors: {
    top: [0.03, 0.05, -0.075] as V3,
    bottom: [0.026, -0.07, -0.08] as V3,
    radii: [0.028, 0.018] as const,
  },
  /** The trapezius from beside C7 out to the shoulder. */
  trapezius: {
    neck: [0.03, 0.015, -0.04] as V3,
    shoulderInside: 0.035,
    shoulderAbove: 0.004,
    shoulderZ: -0.025,
    radii: [0.034, 0.024] as const,
  },
} as const;

export const BUTTOCK = {
  /** Over the hip joint the buttock's skin starts to go over to the thigh; done below the fold. */
  toThighAboveHip: 0.03,
  toThighAboveFold: -0.01,
  at: [0.06, 0.045, -0.062] as V3,
  axis: [0.12, 1, 0.25] as V3,
  radii: [0.09, 0.05, 0.08] as V3,
} as const;

export const SHOULDER_SHAPE = {
  /** The collarbone from beside the sternal notch out to the shoulder. */
  clavicle: {
    innerX: 0.02,
    innerZ: 0.045,
    outerInside: 0.03,
    outerAbove: 0.012,
    outerZ: 0.012,
    radii: [0.0065, 0.007] as const,
  },
  /** The deltoid's cap over the shoulder joint. */
  deltoid: { outside: 0.01, below: 0.02, z: -0.01, radii: [0.047, 0.06, 0.05] as V3 },
} as const;

export const NAVEL_SHAPE = {
  /** The navel's cup: its centre this far in front of the skin line, and its radius. */
  proud: 0.0035,
  radius: 0.0075,
} as const;

/**
 * The spine groove's nodes, heights above the floor from C7 down to the sacrum, and where its
 * depth changes: the lumbar part starts above the waist, the sacral part below the iliac crests.
 */
export const SPINE_GROOVE = {
  nodeHeights: [1.43, 1.39, 1.35, 1.3, 1.25, 1.2, 1.15, 1.1, 1.05, 1.0, 0.96, 0.93],
  lumbarAboveWaist: 0.06,
  sacralBelowCrest: 0.05,
} as const;

/** How softly neighbouring shapes merge (smooth-union radius), metres. */
export const TRUNK_BLEND = {
  masses: 0.06,
  muscles: 0.03,
  massesMuscles: 0.035,
  girdle: 0.03,
  bladeParts: 0.012,
  navelGroove: 0.01,
  cleft: 0.006,
} as const;
