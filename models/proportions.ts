/**
 * Proportions of the figure, after the classical figure-drawing canon of about 7½ heads
 * (crown to chin = one head; nipples two heads down, navel three, crotch about half the height,
 * knees near 2 heads above the floor). Lengths in metres for a 1.70 m adult; every shape file reads
 * its anatomy from here and from its part's table of soft shapes (head-shape.ts, trunk-shape.ts,
 * arm-shape.ts, leg-shape.ts) rather than inventing numbers.
 */
export const STATURE = 1.7;
export const HEAD = STATURE / 7.5;
/** Between the spinous processes of T4 and T5, level with the middle of the shoulder blades. */
const LEVEL_T4T5 = STATURE - 1.68 * HEAD;

/** The front of the neck, metres. */
export const NECK = {
  /**
   * The laryngeal prominence (Adam's apple) stands 5–7 cm above the suprasternal notch in an
   * adult; with the notch at about 0.815 × stature and the chin one head below the crown, that
   * puts it about 2.5 cm below the level of the chin.
   */
  thyroidAboveNotch: 0.055,
  /** Half-breadth, half-height and half-depth of the thyroid cartilage's prominence. */
  thyroidRadii: [0.0105, 0.015, 0.01] as readonly [number, number, number],
  /** How far the prominence stands out of the front of the neck. */
  thyroidProud: 0.008,
  /** The suprasternal notch: half-breadth, half-height, depth below the clavicle heads. */
  notchRadii: [0.016, 0.013, 0.02] as readonly [number, number, number],
  notchDepth: 0.006,
} as const;

/** The head, metres (heights relative to LEVEL.eyes, depths z from the face's front plane). */
export const SKULL = {
  /**
   * Closed eyes: the lids are one shell over the eyeball; their seam, a little below the eye's
   * centre, is a soft shallow groove (half-length, half-height, depth) with a faint lash tone.
   */
  lidSeamBelowEye: 0.0024,
  lidThickness: 0.0012,
  lidSeamRadii: [0.0115, 0.0016, 0.002] as readonly [number, number, number],
  lidSeamDepth: 0.0005,
  /** The occiput: the back of the skull bulges behind the nape (about 3 cm in profile). */
  occiputBelowEyes: 0.025,
  occiputCentreZ: -0.05,
  occiputRadii: [0.05, 0.035, 0.05] as readonly [number, number, number],
  /** The neck extensors either side of the nuchal furrow, from the occiput to C7. */
  nuchalOffset: 0.02,
  nuchalRadius: 0.015,
} as const;

/** Heights above the floor (y), metres. */
export const LEVEL = {
  crown: STATURE,
  hairlineFront: STATURE - 0.19 * HEAD,
  brow: STATURE - 0.42 * HEAD,
  eyes: STATURE - 0.5 * HEAD,
  noseBase: STATURE - 0.72 * HEAD,
  mouth: STATURE - 0.82 * HEAD,
  chin: STATURE - HEAD,
  thyroid: STATURE - 1.39 * HEAD + NECK.thyroidAboveNotch,
  c7: STATURE - 1.15 * HEAD,
  /** Suprasternal notch, about 0.815 × stature in adults. */
  sternalNotch: STATURE - 1.39 * HEAD,
  shoulder: STATURE - 1.35 * HEAD,
  nipple: STATURE - 2 * HEAD,
  t4t5: LEVEL_T4T5,
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

/** The back, metres. */
export const BACK = {
  /**
   * The spine groove between the back muscles: half-breadth and depth below the surface
   * beside it, in the thoracic and the lumbar spine (deeper between the erectors).
   */
  grooveHalfWidth: 0.013,
  grooveDepthThoracic: 0.0045,
  grooveDepthLumbar: 0.007,
  /** Over the sacrum the groove fades out. */
  grooveDepthSacral: 0.0025,
  /**
   * The spinous processes in the groove (models/spine.ts): each tip a small ridge, longer than
   * wide, standing out of the groove's floor; C7's, the "vertebra prominens" a finger starts
   * counting from, larger and standing out of the skin itself.
   */
  spinous: {
    radii: [0.007, 0.0105, 0.006] as readonly [number, number, number],
    standOutOfFloor: 0.0004,
    c7Radii: [0.0095, 0.011, 0.009] as readonly [number, number, number],
    c7StandOutOfSkin: 0.005,
    blend: 0.006,
  },
  /**
   * What shows of the shoulder blade on a relaxed back: its medial border (superior angle to
   * inferior angle, about 6 cm from the spine), the inferior angle and the spine of the scapula
   * running up and out to the acromion. Points are (x, y) on the back; each ridge stands `proud`
   * out of the skin found there.
   */
  scapula: {
    superiorAngle: [0.068, LEVEL_T4T5 + 0.055] as readonly [number, number],
    inferiorAngle: [0.086, LEVEL_T4T5 - 0.1] as readonly [number, number],
    spineRoot: [0.072, LEVEL_T4T5 + 0.03] as readonly [number, number],
    acromion: [0.16, LEVEL_T4T5 + 0.065] as readonly [number, number],
    borderRadius: 0.009,
    angleRadius: 0.011,
    spineRadius: 0.0075,
    proud: 0.003,
    blend: 0.02,
  },
} as const;

/** The buttocks, metres. */
export const PELVIS = {
  /** The natal cleft between the buttocks: half-breadth, half-height and half-depth. */
  cleftRadii: [0.0055, 0.082, 0.045] as readonly [number, number, number],
  /** Depth of the cleft's floor in front of the buttocks' midline surface, where it is deepest. */
  cleftDepth: 0.03,
  /**
   * The cleft begins over the lower sacrum, above the tailbone's tip, so the tip is felt inside
   * the cleft rather than at its top end.
   */
  cleftAboveCoccyxTip: 0.045,
  /**
   * From the tailbone's tip down the cleft's floor to the anus: the anococcygeal body, about
   * 3–5 cm in adults.
   */
  coccyxTipToAnus: 0.04,
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

/**
 * The wrist creases, palmar and dorsal: a shallow groove across the wrist, fading out where the
 * wrist rounds off at its sides. Distance beyond the wrist joint, half-length across the wrist,
 * half-width along the arm, depth.
 */
export const WRIST_CREASE = {
  beyondWrist: 0.004,
  halfLength: 0.024,
  halfWidth: 0.0036,
  depth: 0.0008,
} as const;

/**
 * The back of the wrist, metres, in the hand's frame. The head of the ulna stands out on the
 * little-finger side just above the joint (along the hand, turn from the back toward the
 * little-finger side as a fraction, radius, how far it stands proud of the skin). The finger
 * extensors' tendons run from close together at the middle of the wrist out to each knuckle
 * (start along the hand, their spread there as a fraction of the knuckles' spread, where they
 * cross from wrist to hand and how much of the rest of their fan they have opened there,
 * radius, how far proud).
 */
export const WRIST_BACK = {
  ulnaHead: { along: -0.016, turn: 0.55, radius: 0.0085, proud: 0.003 },
  tendons: {
    startAlong: -0.03,
    startSpread: 0.25,
    handFrom: 0.012,
    crossingFanned: 0.25,
    radius: 0.0045,
    proud: 0.001,
  },
} as const;

/** The hand: metres, relative to the wrist, in the hand's own frame. */
export const HAND = {
  /** The webs between neighbouring fingers: reach beyond the knuckles and radii (along, depth, across). */
  webBeyondKnuckles: 0.006,
  webRadii: [0.012, 0.0065, 0.0075] as readonly [number, number, number],
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

/**
 * The ankle, metres, in the foot's frame (forward, lateral, up from the ankle joint): the inner
 * ankle bone (medial malleolus) stands higher and further forward than the outer one, whose tip
 * is about 1 cm lower and 1.5 cm further back.
 */
export const ANKLE = {
  medialMalleolus: [0.006, -0.023, 0.004] as readonly [number, number, number],
  lateralMalleolus: [-0.01, 0.0245, -0.01] as readonly [number, number, number],
  malleolusRadius: 0.0115,
  /** Small blend so the ankle bones stay bony bumps rather than melting into the ankle. */
  malleolusBlend: 0.006,
  achillesRadius: 0.0085,
  /**
   * The hollows between each ankle bone and the Achilles tendon (point 8 lies in the outer one):
   * radii (vertical, depth, breadth) and how far they sink into the skin.
   */
  hollowRadii: [0.022, 0.006, 0.0085] as readonly [number, number, number],
  hollowDepth: 0.003,
  /** The hollows' centres stand this far above their ankle bone. */
  hollowAboveBone: 0.012,
} as const;

/** The foot: metres, in the foot's own frame (forward = toes, origin under the ankle). */
export const FOOT = {
  /** The heel: a rounded calcaneal pad, its centre behind the ankle, radii (along, up, across). */
  heelCentre: [-0.03, 0.002, 0.03] as readonly [number, number, number],
  heelRadii: [0.037, 0.03, 0.027] as readonly [number, number, number],
  /** The medial arch: the inner sole lifts between heel and ball (cut radii along, up, across). */
  archCentre: [0.045, -0.043, 0.0] as readonly [number, number, number],
  archRadii: [0.058, 0.02, 0.026] as readonly [number, number, number],
  /** Metatarsal heads under each toe's base, as a fraction of that toe's radius. */
  metatarsalHeadScale: 1.25,
  /**
   * Toenails: a thin plate set back from the tip (centre behind the tip and radii, as fractions
   * of the toe's radius).
   */
  nailBack: 0.62,
  nailRadii: [0.78, 0.17, 0.74] as readonly [number, number, number],
  /** The plate sits this far above the toe's axis and tilts up toward the tip by this slope. */
  nailRaise: 0.74,
  nailTilt: 0.15,
  /**
   * Each toe's middle joint shows as a knuckle on top (raised above the toe's axis, radius), and
   * the tip rests on a fleshy pad below (set back from the tip, dropped below the axis, radii
   * along, up, across): all as fractions of that toe's radius.
   */
  toeKnuckle: { raise: 0.42, radius: 0.74 },
  toePad: { back: 0.7, drop: 0.32, radii: [0.95, 0.6, 0.92] as readonly [number, number, number] },
  /** Toes taper from base to tip (radius factors). */
  toeBaseScale: 1.1,
  toeTipScale: 0.84,
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
