/**
 * The stylised bones' sizes, metres: simple shapes that read as the named bone at a glance and
 * sit where the skin's landmarks say, never a replica of a real skeleton. Soft-tissue depths are
 * how far under a landmark on the skin its bone lies in a slim adult.
 */
export const UNDER_SKIN = {
  spinousTip: 0.008,
  malleolus: 0.004,
  navicular: 0.005,
  firstMetatarsalBase: 0.005,
  coccyxTip: 0.009,
  pubicCrest: 0.014,
  thyroid: 0.004,
} as const;

export const SPINE_BONES = {
  /** Vertebral bodies: half-breadth, half-height, half-depth, by region. */
  cervicalBody: [0.011, 0.006, 0.009],
  thoracicBody: [0.015, 0.009, 0.013],
  lumbarBody: [0.022, 0.011, 0.016],
  /** Bodies lie this far in front of the back's skin at their level. */
  bodyDepthCervical: 0.05,
  bodyDepthThoracic: 0.065,
  bodyDepthLumbar: 0.07,
  /** A thoracic tip hangs about one vertebra below its body; lumbar and cervical tips less. */
  tipDropThoracic: 0.016,
  tipDropOther: 0.006,
  spinousRadius: 0.0045,
  /** C1 sits at the level of the mouth, under the skull. */
  atlasBelowMouth: 0.004,
  /** The sacrum: top breadth, length, thickness; the coccyx in three small pieces. */
  sacrumHalfWidth: 0.045,
  sacrumHalfThickness: 0.014,
  coccyxPieceRadius: 0.006,
  /** The sacrum ends this share of the way from its top to the tailbone's tip. */
  sacrumShareToTip: 0.72,
  /** Where the back's skin is looked for: cast backward from this depth inside the body. */
  castFromZ: -0.02,
} as const;

export const PELVIS_BONES = {
  /** The iliac wing: a thin plate whose top edge is the iliac crest. */
  wingRadii: [0.045, 0.055, 0.01],
  wingCentreX: 0.078,
  wingCentreZ: -0.01,
  /** Turned to face forward and out, like a half-opened book. */
  wingTurnDeg: 30,
  /** Pubic and ischial rami: rods from the hip socket to the midline and down to the seat. */
  ramusRadius: 0.007,
  ischialDrop: 0.045,
  ischialIn: 0.01,
  ischialBack: 0.02,
  symphysisRadii: [0.008, 0.016, 0.008],
  /** The symphysis lies behind the pubic crest's top, under the fat of the mons. */
  symphysisBack: 0.02,
  /** The wing joins the socket from this share of its height down. */
  wingFootShare: 0.8,
  iliumRadiusShare: 1.4,
  ischiumRadiusShare: 1.2,
  /** The lower ramus meets the symphysis this far below the upper. */
  lowerRamusDrop: 0.012,
} as const;

export const LEG_BONES = {
  femurHeadRadius: 0.022,
  trochanterOut: 0.045,
  trochanterDrop: 0.01,
  /** The shaft runs from just below the trochanter to just above the knee's centre. */
  shaftTop: [-0.01, -0.02, 0] as readonly [number, number, number],
  shaftFootAboveKnee: 0.02,
  condylesOffset: [0, 0.008, -0.006] as readonly [number, number, number],
  patellaAboveKnee: 0.012,
  plateauOffset: [-0.003, -0.022, 0] as readonly [number, number, number],
  tibiaShaftTop: [-0.004, -0.035, 0.004] as readonly [number, number, number],
  /** The tibia's shaft ends above the ankle, toward the inner side. */
  tibiaFootOffset: [-0.01, 0.02, 0.004] as readonly [number, number, number],
  /** The fibula's head, below and outside the knee, a little behind it. */
  fibulaHead: [0.03, -0.045, -0.014] as readonly [number, number, number],
  malleolusStretch: { medial: 1.3, lateral: 1.4 },
  femurShaftRadius: 0.012,
  condylesRadii: [0.036, 0.022, 0.028],
  patellaRadii: [0.02, 0.024, 0.008],
  patellaForward: 0.035,
  tibiaPlateauRadii: [0.036, 0.016, 0.026],
  tibiaShaftRadius: 0.012,
  fibulaRadius: 0.0055,
  malleolusRadius: 0.008,
} as const;

export const FOOT_BONES = {
  talusRadii: [0.02, 0.014, 0.024],
  talusOffset: [0, -0.014, 0.008] as readonly [number, number, number],
  calcaneusOutward: 0.002,
  /** The navicular's body lies outward of the bump a finger finds on its inner side. */
  navicularBodyShare: 0.8,
  /** Metatarsal bases: the first's just outward of its landmark, the second's just under its. */
  firstBaseOutward: 0.006,
  secondBaseDown: 0.004,
  /** The cuneiforms sit between the navicular's front and the bases. */
  navicularFront: 0.018,
  cuneiformShare: 0.45,
  metatarsalHeadDown: 0.003,
  metatarsalHeadSwell: [1.35, 1.35, 1.2] as readonly [number, number, number],
  /** Joints along a toe as shares of its length: the big toe has two phalanges, the rest three. */
  bigToeJoints: [0.55] as readonly number[],
  toeJoints: [0.45, 0.75] as readonly number[],
  phalanxRadiusShare: 0.36,
  /** Each phalanx is drawn short of the joints at its ends, so the joints show as gaps. */
  phalanxGap: [0.12, 0.9] as readonly [number, number],
  /** The heel bone, from under the talus back to the heel: half-lengths along, across, up. */
  calcaneusRadii: [0.028, 0.016, 0.019],
  calcaneusBack: 0.018,
  calcaneusUp: 0.03,
  navicularRadii: [0.008, 0.012, 0.017],
  cuneiformRadii: [0.008, 0.011, 0.006],
  cuboidRadii: [0.012, 0.01, 0.012],
  metatarsalRadius: [0.0056, 0.0042, 0.0038, 0.0036, 0.0039],
  /** Bases of the 3rd to 5th metatarsals: along the foot, stepping back, height, and spread. */
  outerBasesAlong: 0.075,
  outerBasesStepBack: 0.008,
  outerBasesUp: 0.024,
  baseSpreadShare: 0.7,
  phalanxShare: 0.8,
} as const;

export const ARM_BONES = {
  humerusHeadRadius: 0.022,
  /** The ulna's head: to the little-finger side of the wrist, toward its back, above the joint. */
  ulnaHeadOffset: { across: -0.015, back: -0.004, along: -0.01 },
  olecranonBack: 0.012,
  /** The radius ends on the thumb side of the wrist and starts on the outer side of the elbow. */
  radiusFootOffset: { across: 0.013, along: -0.008 },
  radiusHeadAcross: 0.014,
  carpalsBeyondWrist: 0.02,
  metacarpalsFromCarpals: 0.012,
  metacarpalGap: [0.1, 0.05] as readonly [number, number],
  /** The last phalanx stops short of the fingertip's pad. */
  fingertipShare: 0.8,
  phalanxGap: [0.15, 0.88] as readonly [number, number],
  thumbMetacarpalGap: [0.1, 0.9] as readonly [number, number],
  thumbMetacarpalSwell: 1.1,
  humerusShaftRadius: 0.011,
  epicondylesRadii: [0.03, 0.013, 0.015],
  ulnaRadius: 0.0065,
  radiusRadius: 0.007,
  ulnaHeadRadius: 0.008,
  carpalsRadii: [0.018, 0.012, 0.008],
  metacarpalRadius: 0.0045,
  phalanxRadiusShare: 0.36,
} as const;

export const HEAD_BONES = {
  /** The cranium: the head's own skull shape (shape/head.ts), shrunk to lie inside it. */
  skullCentreBelowCrown: 0.088,
  skullCentreZ: -0.02,
  skullRadii: [0.075, 0.088, 0.1] as readonly [number, number, number],
  craniumShare: 0.86,
  /** The jaw: a rod each side from below the ear to the chin. */
  jawAngle: [0.045, 0.008, -0.014] as readonly [number, number, number],
  jawChin: [0.01, 0.016, 0.055] as readonly [number, number, number],
  jawRadius: 0.007,
  /** The occipital bump a finger finds above the nape's hairline, under its soft tissue. */
  occipitalAboveNape: 0.03,
  occipitalUnderSkin: 0.012,
  occipitalRadii: [0.025, 0.018, 0.012],
  thyroidPlateRadii: [0.012, 0.014, 0.003],
  thyroidPlateSpread: 0.009,
  thyroidPlateTurnDeg: 35,
} as const;
