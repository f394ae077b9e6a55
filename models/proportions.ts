/**
 * Proportions of the figure, after the classical figure-drawing canon of about 7½ heads
 * (crown to chin = one head; nipples two heads down, navel three, crotch about half the height,
 * knees near 2 heads above the floor). Lengths in metres for a 1.70 m adult; every shape file reads
 * its anatomy from here rather than inventing numbers.
 */
export const STATURE = 1.7;
export const HEAD = STATURE / 7.5;

/** Heights above the floor (y), metres. */
export const LEVEL = {
  crown: STATURE,
  hairlineFront: STATURE - 0.19 * HEAD,
  brow: STATURE - 0.42 * HEAD,
  eyes: STATURE - 0.5 * HEAD,
  noseBase: STATURE - 0.72 * HEAD,
  mouth: STATURE - 0.82 * HEAD,
  chin: STATURE - HEAD,
  thyroid: STATURE - 1.22 * HEAD,
  c7: STATURE - 1.15 * HEAD,
  sternalNotch: STATURE - 1.32 * HEAD,
  shoulder: STATURE - 1.35 * HEAD,
  nipple: STATURE - 2 * HEAD,
  t4t5: STATURE - 1.68 * HEAD,
  waist: STATURE - 2.8 * HEAD,
  l2l3: STATURE - 2.85 * HEAD,
  navel: STATURE - 3 * HEAD,
  iliacCrest: STATURE - 3.1 * HEAD,
  hip: STATURE - 3.55 * HEAD,
  pubicCrest: STATURE - 3.72 * HEAD,
  coccyx: STATURE - 3.72 * HEAD,
  crotch: STATURE - 3.98 * HEAD,
  gluteal: STATURE - 4.2 * HEAD,
  knee: 2.12 * HEAD,
  calf: 1.55 * HEAD,
  ankle: 0.34 * HEAD,
} as const;

/** Half-breadths (x) and depths (z), metres. */
export const BREADTH = {
  headHalf: 0.075,
  headDepthHalf: 0.098,
  neckHalf: 0.054,
  shoulderJoint: 0.172,
  chestHalf: 0.145,
  waistHalf: 0.13,
  hipHalf: 0.165,
  hipJoint: 0.085,
  knee: 0.092,
  ankle: 0.1,
} as const;

/** Segment lengths and radii, metres. */
export const LIMB = {
  upperArm: 0.295,
  forearm: 0.245,
  armAbductionDeg: 10,
  forearmCarryDeg: 17,
  upperArmRadius: 0.045,
  elbowRadius: 0.036,
  wristHalfWidth: 0.029,
  wristHalfDepth: 0.019,
  thighTopRadius: 0.076,
  kneeRadius: 0.05,
  calfRadius: 0.05,
  ankleRadius: 0.032,
  footLength: 0.255,
  footTurnOutDeg: 7,
} as const;

/** The hand: metres, relative to the wrist, in the hand's own frame. */
export const HAND = {
  palmLength: 0.1,
  palmHalfWidth: 0.042,
  palmHalfDepth: 0.014,
  /** Index, middle, ring, little: knuckle offset across the palm, phalanx lengths, radius at base. */
  fingers: [
    {
      across: 0.031,
      knuckle: 0.094,
      phalanges: [0.042, 0.025, 0.019],
      radius: 0.0105,
      spreadDeg: 5,
    },
    {
      across: 0.0105,
      knuckle: 0.098,
      phalanges: [0.046, 0.029, 0.02],
      radius: 0.0106,
      spreadDeg: 0.5,
    },
    {
      across: -0.0095,
      knuckle: 0.095,
      phalanges: [0.043, 0.027, 0.02],
      radius: 0.01,
      spreadDeg: -4,
    },
    {
      across: -0.0285,
      knuckle: 0.087,
      phalanges: [0.034, 0.02, 0.018],
      radius: 0.0089,
      spreadDeg: -9,
    },
  ],
  thumb: { metacarpal: 0.045, proximal: 0.032, distal: 0.028, radius: 0.011 },
  fingerCurlDeg: [9, 14, 8],
} as const;

/** The foot: metres, in the foot's own frame (forward = toes, origin under the ankle). */
export const FOOT = {
  heelBack: -0.055,
  toeTip: 0.2,
  ballForward: 0.135,
  /** Big toe to little toe: lateral offset, forward reach of the tip, radius. */
  toes: [
    { lateral: -0.03, tip: 0.196, radius: 0.013, length: 0.054 },
    { lateral: -0.002, tip: 0.19, radius: 0.008, length: 0.048 },
    { lateral: 0.0165, tip: 0.18, radius: 0.0074, length: 0.043 },
    { lateral: 0.0345, tip: 0.167, radius: 0.007, length: 0.039 },
    { lateral: 0.0515, tip: 0.153, radius: 0.0066, length: 0.035 },
  ],
} as const;
