/**
 * Poses by name, as data: joint rotations in degrees keyed by bone name, where the pelvis goes,
 * and the props drawn with the pose. `pose-rig.ts` applies them to a three.js skeleton.
 *
 * Rotations are in each bone's rest frame, which is the body's own (+X the figure's left, +Y
 * up, +Z forward), applied as three.js Euler angles in XYZ order:
 *   x  bends in the body's side view: negative swings a limb forward (hip and shoulder flexion,
 *      elbow flexion), positive bends the knee, points the foot (plantarflexion), extends the
 *      wrist, and bends the trunk, neck and head forward;
 *   y  turns about the vertical, z tilts sideways (positive lifts a left limb outward).
 * A `-right` bone takes the same numbers as its `-left` twin and the rig mirrors them, so
 * "abduct 10°" is z: 10 on both sides. `twist` turns a bone about its own length first:
 * positive is internal rotation (for the forearm: pronation, palm turning toward the body and
 * then back) on both sides. A twist given on a forearm is shared out along it by the rig
 * (forearm, forearm-twist and hand each take a third), so the wrist is not wrung.
 *
 * The root is where the pelvis joint (midway between the hip joints) goes, in metres in the
 * frame the props are placed in (floor y = 0), and how the pelvis is turned, in degrees.
 */
import { LEVEL } from './proportions';
import { BOLSTER, CHAIR, COUCH, MAT, TABLE, type PropPlacement } from './props';
import type { BoneName, LimbBone } from './rig';

import type { PoseName } from './pose-names';

export { POSE_NAMES, type PoseName } from './pose-names';

export interface JointRotation {
  x?: number;
  y?: number;
  z?: number;
  twist?: number;
}

export type PoseJoints = Partial<Record<BoneName, JointRotation>>;

/** What the body rests on in a pose, for the tests and the teaching text. */
export interface PoseSupport {
  /** The body's part, as the bones that carry it. */
  bones: readonly BoneName[];
  /** 'floor', or a prop kind and the name of its part. */
  on: 'floor' | { prop: PropPlacement['kind']; part: string };
}

export interface Pose {
  name: PoseName;
  description: string;
  root: { position: [number, number, number]; rotation: { x?: number; y?: number; z?: number } };
  joints: PoseJoints;
  props: PropPlacement[];
  supports: PoseSupport[];
  /** Left and right mirror each other (joint numbers and root on the midline). */
  symmetric: boolean;
}

/** The same rotations for a limb bone on both sides (the rig mirrors the right). */
function both(rotations: Partial<Record<LimbBone, JointRotation>>): PoseJoints {
  const out: PoseJoints = {};
  for (const [bone, r] of Object.entries(rotations) as [LimbBone, JointRotation][]) {
    out[`${bone}-left`] = r;
    out[`${bone}-right`] = r;
  }
  return out;
}

const feet = ['foot-left', 'foot-right', 'toes-left', 'toes-right'] as const;

/**
 * Where the pelvis joint sits standing at rest (the skeleton's hip level). The other poses'
 * placements below were found by posing the body; the tests check the contacts they give.
 */
export const STANDING_PELVIS: [number, number, number] = [0, LEVEL.hip, 0];

/** Seated on the chair: the pelvis joint above the seat and behind the seat's centre. */
const SEATED = { pelvisAboveSeat: 0.138, pelvisBehindSeatCentre: 0.06 } as const;
const chairAt: [number, number, number] = [0, 0, -0.02];
const seatedPelvis: [number, number, number] = [
  0,
  CHAIR.seatHeight + SEATED.pelvisAboveSeat,
  chairAt[2] - SEATED.pelvisBehindSeatCentre,
];

const sittingLegs = both({
  thigh: { x: -78, z: 4 },
  shin: { x: 78 },
  foot: { x: 0 },
});

/** Lying: the pelvis joint above the couch's top surface (half the body's depth at the hips). */
const LYING = {
  pelvisAboveCouchProne: 0.097,
  pelvisAboveCouchSupine: 0.113,
  /** On the back, the head lies on the pad short of the face slot, the heels at the foot end. */
  pelvisSupineZ: 0.08,
  /** Face down, the face lies over the couch's face slot at the head end (+Z). */
  pelvisProneZ: 0.185,
  /** The roller lies across the couch under the front of the ankles. */
  bolsterProneZ: -0.64,
} as const;
const couchAt: [number, number, number] = [0, 0, 0];

/**
 * On all fours the trunk is tipped forward from upright to nearly level (the shoulders stand a
 * little higher than the hips, the arms being longer than the thighs); thighs and arms hang
 * plumb from it, so knees are under the hips and hands under the shoulders.
 */
const ALL_FOURS = { trunkDeg: 81.2, shoulderBladeDeg: 20, pelvisHeight: 0.485 } as const;

export const POSES: Record<PoseName, Pose> = {
  standing: {
    name: 'standing',
    description: 'Standing at ease, arms a little away from the body, palms forward.',
    root: { position: STANDING_PELVIS, rotation: {} },
    joints: {},
    props: [],
    supports: [{ bones: feet, on: 'floor' }],
    symmetric: true,
  },
  sitting: {
    name: 'sitting',
    description:
      'Sitting upright on a chair, thighs level, knees bent at about a right angle, soles flat on the floor, hands resting palm up on the thighs.',
    root: { position: seatedPelvis, rotation: {} },
    joints: {
      ...sittingLegs,
      ...both({
        'upper-arm': { x: -12, z: -9, twist: 28 },
        forearm: { x: -44 },
        hand: { x: 0 },
      }),
    },
    props: [{ kind: 'chair', position: chairAt, turnDeg: 0 }],
    supports: [
      { bones: feet, on: 'floor' },
      { bones: ['pelvis', 'thigh-left', 'thigh-right'], on: { prop: 'chair', part: 'seat' } },
    ],
    symmetric: true,
  },
  'sitting-forearms-on-table': {
    name: 'sitting-forearms-on-table',
    description:
      'Sitting at a table, leaning a little forward, both forearms lying flat on the table palm up, so the wrists are in reach.',
    root: { position: seatedPelvis, rotation: {} },
    joints: {
      ...sittingLegs,
      'spine-lumbar': { x: 8 },
      'spine-chest': { x: 8 },
      head: { x: 6 },
      ...both({
        'upper-arm': { x: -40, z: -9, twist: 22 },
        forearm: { x: -62 },
        hand: { x: 0 },
      }),
    },
    props: [
      { kind: 'chair', position: chairAt, turnDeg: 0 },
      { kind: 'table', position: [0, 0, 0.42], turnDeg: 0 },
    ],
    supports: [
      { bones: feet, on: 'floor' },
      { bones: ['pelvis', 'thigh-left', 'thigh-right'], on: { prop: 'chair', part: 'seat' } },
      {
        bones: ['forearm-twist-left', 'forearm-twist-right', 'hand-left', 'hand-right'],
        on: { prop: 'table', part: 'top' },
      },
    ],
    symmetric: true,
  },
  'lying-face-down-on-bolster': {
    name: 'lying-face-down-on-bolster',
    description:
      'Lying face down on a couch, face in the face slot, arms along the body, a roller under the ankles.',
    root: {
      position: [couchAt[0], COUCH.height + LYING.pelvisAboveCouchProne, LYING.pelvisProneZ],
      rotation: { x: 90 },
    },
    joints: {
      ...both({
        'upper-arm': { x: -6, z: 2 },
        thigh: { x: -3 },
        shin: { x: 23 },
        foot: { x: 12 },
      }),
    },
    props: [
      { kind: 'couch', position: couchAt, turnDeg: 0 },
      {
        kind: 'bolster',
        position: [0, COUCH.height + BOLSTER.radius, LYING.bolsterProneZ],
        turnDeg: 0,
        note: 'Our reading: the source says only that a roller lies under the person; we put it under the ankles, as is usual for lying face down.',
      },
    ],
    supports: [
      { bones: ['spine-chest', 'pelvis'], on: { prop: 'couch', part: 'pad' } },
      {
        bones: ['shin-left', 'shin-right', 'foot-left', 'foot-right'],
        on: { prop: 'bolster', part: 'roller' },
      },
    ],
    symmetric: true,
  },
  'lying-on-back': {
    name: 'lying-on-back',
    description: 'Lying on the back on a couch, arms along the body, palms up.',
    root: {
      position: [couchAt[0], COUCH.height + LYING.pelvisAboveCouchSupine, LYING.pelvisSupineZ],
      rotation: { x: -90 },
    },
    joints: {
      ...both({
        'upper-arm': { x: 10, z: 4 },
        thigh: { x: 1.5 },
        foot: { x: 20 },
      }),
    },
    props: [{ kind: 'couch', position: couchAt, turnDeg: 180 }],
    supports: [
      { bones: ['spine-chest', 'pelvis'], on: { prop: 'couch', part: 'pad' } },
      { bones: ['foot-left', 'foot-right'], on: { prop: 'couch', part: 'pad' } },
    ],
    symmetric: true,
  },
  'on-all-fours': {
    name: 'on-all-fours',
    description:
      'On hands and knees on a mat: hands under the shoulders, knees under the hips, back level.',
    root: { position: [0, ALL_FOURS.pelvisHeight, -0.2], rotation: { x: ALL_FOURS.trunkDeg } },
    joints: {
      neck: { x: -20 },
      head: { x: -10 },
      ...both({
        thigh: { x: -ALL_FOURS.trunkDeg },
        shin: { x: 90 },
        foot: { x: 60 },
        // Part of raising the arm is the shoulder blade's (the scapulohumeral rhythm).
        shoulder: { x: -ALL_FOURS.shoulderBladeDeg },
        'upper-arm': { x: ALL_FOURS.shoulderBladeDeg - ALL_FOURS.trunkDeg, z: -6, twist: 30 },
        forearm: { twist: 125 },
        hand: { x: 88 },
        thumb: { y: 62 },
      }),
    },
    props: [{ kind: 'mat', position: [0, 0, 0], turnDeg: 0 }],
    supports: [
      { bones: ['shin-left', 'shin-right'], on: { prop: 'mat', part: 'mat' } },
      { bones: ['hand-left', 'hand-right'], on: { prop: 'mat', part: 'mat' } },
    ],
    symmetric: true,
  },
};

/** The named dimensions the props use, re-exported for the app's captions. */
export const PROP_DIMENSIONS = { CHAIR, TABLE, COUCH, BOLSTER, MAT } as const;
