import { Vector3 } from 'three';
import type { LandmarkEntry, LandmarkSide, LandmarkTable, Vec3 } from '../../models/landmark-table';
import type { LandmarkId } from '../../models/landmark-ids';
import type { Direction, Offset, Point } from '../../points/schema';
import { LANDMARK_BONES, sidedBoneNode, type BoneTag } from './landmark-bones';
import { LANDMARK_SHORT_NAMES, pointAsLandmarkName } from './landmark-names';
import { PlacementError } from './placement-error';
import type { ClosestSurfacePoint, SurfacePoint } from './surface-query';

export { PlacementError };

/** The two ways to settle on the skin: anywhere, or on the midline seam (x = 0). */
export interface SkinQueries {
  closest: ClosestSurfacePoint;
  closestOnMidline: ClosestSurfacePoint;
}

export type MarkerSide = Exclude<LandmarkSide, 'midline'> | 'midline';

/**
 * The placement rule laid out on the skin, for the "how to find it" guide: the landmarks it
 * starts from, where it starts, a tick at every whole finger-width along each offset, and the
 * path from the start to the point.
 */
export interface PlacementGuide {
  landmarks: GuideLandmark[];
  start: SurfacePoint;
  ticks: SurfacePoint[];
  path: SurfacePoint[];
}

/** A landmark the rule starts from, where it is on the skin and what it is called there. */
export interface GuideLandmark extends SurfacePoint {
  name: string;
  /** The bones under it, as the bones layer names them on this side. */
  bones: BoneTag[];
}

/** One marker on the skin: a midline point has one, a pair has a left and a right one. */
export interface PlacedMarker extends SurfacePoint {
  point: number;
  side: MarkerSide;
  guide: PlacementGuide;
}

const MM = 0.001;

const UP = new Vector3(0, 1, 0);
const FRONT = new Vector3(0, 0, 1);
/** The body's own left is +X (models/README.md, "Frame"). */
const BODY_LEFT = new Vector3(1, 0, 0);

export function offsetLengthM(
  offset: Pick<Offset, 'amount' | 'unit'>,
  fingerWidthM: number,
): number {
  return offset.unit === 'mm' ? offset.amount * MM : offset.amount * fingerWidthM;
}

export function directionVector(direction: Direction, side: MarkerSide, proximal?: Vec3): Vector3 {
  const lateral = BODY_LEFT.clone().multiplyScalar(side === 'left' ? 1 : side === 'right' ? -1 : 0);
  const alongLimb = proximal === undefined ? UP.clone() : new Vector3(...proximal).normalize();
  switch (direction) {
    case 'superior':
      return UP.clone();
    case 'inferior':
      return UP.clone().negate();
    case 'anterior':
      return FRONT.clone();
    case 'posterior':
      return FRONT.clone().negate();
    case 'lateral':
      return lateral;
    case 'medial':
      return lateral.negate();
    case 'proximal':
      return alongLimb;
    case 'distal':
      return alongLimb.negate();
  }
}

export interface PlacementResult {
  markers: PlacedMarker[];
  /** One message per point that could not be placed, naming the point and what is missing. */
  problems: string[];
}

/**
 * Places what can be placed and reports the rest, so one bad landmark costs one point, not the
 * whole 3D view. A point placed from a failed point fails with it.
 */
export function placePointsReporting(
  points: readonly Point[],
  table: LandmarkTable,
  skin: SkinQueries,
): PlacementResult {
  const problems: string[] = [];
  const markers = placeAll(points, table, skin, (error) => problems.push(error.message));
  return { markers, problems };
}

/** Places every point of the dataset: two markers for a pair, one for a midline point. */
export function placePoints(
  points: readonly Point[],
  table: LandmarkTable,
  skin: SkinQueries,
): PlacedMarker[] {
  return placeAll(points, table, skin, (error) => {
    throw error;
  });
}

function placeAll(
  points: readonly Point[],
  table: LandmarkTable,
  skin: SkinQueries,
  onProblem: (error: PlacementError) => void,
): PlacedMarker[] {
  const placed = new Map<string, PlacedMarker>();
  const sidesOf = (point: Point): MarkerSide[] =>
    point.symmetry === 'pair' ? ['left', 'right'] : ['midline'];
  // Points placed from another point go last, so their reference is already there.
  const ordered = [...points].sort(
    (a, b) =>
      Number(a.location.reference.kind === 'point') - Number(b.location.reference.kind === 'point'),
  );
  for (const point of ordered) {
    try {
      const markers = sidesOf(point).map((side) => {
        const closest = side === 'midline' ? skin.closestOnMidline : skin.closest;
        return placeOne(point, side, table, closest, placed);
      });
      for (const marker of markers) placed.set(`${marker.point}:${marker.side}`, marker);
    } catch (error) {
      if (!(error instanceof PlacementError)) throw error;
      onProblem(error);
    }
  }
  return points.flatMap((point) =>
    sidesOf(point).flatMap((side) => placed.get(`${point.number}:${side}`) ?? []),
  );
}

function placeOne(
  point: Point,
  side: MarkerSide,
  table: LandmarkTable,
  closest: ClosestSurfacePoint,
  placed: ReadonlyMap<string, PlacedMarker>,
): PlacedMarker {
  const reference = point.location.reference;
  let begun: RuleStart;
  if (reference.kind === 'point') {
    const from =
      placed.get(`${reference.point}:${side}`) ?? placed.get(`${reference.point}:midline`);
    if (from === undefined)
      throw new PlacementError(`point ${point.number}: point ${reference.point} is not placed yet`);
    const start = { position: from.position, normal: from.normal };
    begun = {
      start,
      landmarks: [{ ...start, name: pointAsLandmarkName(reference.point), bones: [] }],
    };
  } else begun = startAtLandmarks(reference, side, table, closest, `point ${point.number}`);
  const steps = point.location.offsets.map((offset) => ({
    direction: offset.direction,
    lengthM: offsetLengthM(offset, table.fingerWidthM),
    // A tick at every whole finger-width counted.
    marksM:
      offset.unit === 'finger-width'
        ? Array.from({ length: Math.floor(offset.amount) }, (_, k) => (k + 1) * table.fingerWidthM)
        : [],
  }));
  const { end, ticks, path } = followSteps(begun, steps, side, closest, `point ${point.number}`);
  return {
    point: point.number,
    side,
    ...end,
    guide: { landmarks: begun.landmarks, start: begun.start, ticks, path },
  };
}

/** Where a rule begins on the skin: its landmarks and the limb's way toward its root there. */
export interface RuleStart {
  start: SurfacePoint;
  landmarks: GuideLandmark[];
  proximal?: Vec3;
}

/** A landmark or the middle of two, as a rule starts from (not another point). */
export type LandmarkReference =
  | { kind: 'landmark'; landmark: LandmarkId }
  | { kind: 'midpoint'; landmarks: readonly [LandmarkId, LandmarkId] };

/** Settles a rule's landmark reference on the skin; `owner` names the rule in errors. */
export function startAtLandmarks(
  reference: LandmarkReference,
  side: MarkerSide,
  table: LandmarkTable,
  closest: ClosestSurfacePoint,
  owner: string,
): RuleStart {
  if (reference.kind === 'landmark') {
    const landmark = findLandmark(table, reference.landmark, side, owner);
    const start = closest(landmark.position);
    return {
      start,
      landmarks: [
        {
          ...start,
          name: LANDMARK_SHORT_NAMES[reference.landmark],
          bones: bonesOf(reference.landmark, side),
        },
      ],
      ...(landmark.proximal === undefined ? {} : { proximal: landmark.proximal }),
    };
  }
  const [a, b] = reference.landmarks.map((id) => findLandmark(table, id, side, owner)) as [
    LandmarkEntry,
    LandmarkEntry,
  ];
  const middle = new Vector3(...a.position).add(new Vector3(...b.position)).multiplyScalar(0.5);
  const proximal = a.proximal ?? b.proximal;
  return {
    start: closest(middle.toArray() as Vec3),
    landmarks: [a, b].map((landmark) => ({
      ...closest(landmark.position),
      name: LANDMARK_SHORT_NAMES[landmark.id],
      bones: bonesOf(landmark.id, side),
    })),
    ...(proximal === undefined ? {} : { proximal }),
  };
}

/** One leg of a rule's way over the skin: which way, how far, and where to leave ticks. */
export interface RuleStep {
  direction: Direction;
  lengthM: number;
  marksM: readonly number[];
}

/** Walks a rule's steps from its start, one after the other, each along the skin. */
export function followSteps(
  { start, proximal }: RuleStart,
  steps: readonly RuleStep[],
  side: MarkerSide,
  closest: ClosestSurfacePoint,
  owner: string,
): { end: SurfacePoint; ticks: SurfacePoint[]; path: SurfacePoint[] } {
  const ticks: SurfacePoint[] = [];
  const path: SurfacePoint[] = [start];
  let at = start;
  for (const step of steps) {
    const direction = directionVector(step.direction, side, proximal);
    const walk = walkOnSkin(at, direction, step.lengthM, closest, step.marksM);
    // A walk that met a dead end would put the point short of where its rule says.
    if (walk.travelledM < step.lengthM - WALK_SHORTFALL_M)
      throw new PlacementError(
        `${owner}: the walk ${step.direction} stopped after ${(walk.travelledM * 1000).toFixed(0)} of ${(step.lengthM * 1000).toFixed(0)} mm on the skin`,
      );
    ticks.push(...walk.marks);
    path.push(...walk.path.slice(1));
    at = walk.end;
  }
  return { end: at, ticks, path };
}

/** A walk this much short of its distance has stopped at a dead end, not rounded off. */
const WALK_SHORTFALL_M = 0.001;

/** Length of one step of the walk over the skin: short against the body's smallest curves. */
const WALK_STEP_M = 0.002;
/** Below this share of a step the walk has met a dead end (a fold it cannot climb out of). */
const STUCK_SHARE = 0.2;
/** A heading this close to the skin's normal has no usable direction along the skin. */
const MIN_TANGENT_SHARE = 0.2;

export interface SkinWalk {
  end: SurfacePoint;
  /** Where the walk passed each requested distance along the skin (a tick per finger-width). */
  marks: SurfacePoint[];
  /** Every point the walk settled on, start and end included: the guide line follows it. */
  path: SurfacePoint[];
  /** The distance actually covered along the skin. */
  travelledM: number;
}

/**
 * Walks the stated distance along the skin, in short steps that each head the given way along
 * the surface (the direction with its part along the normal removed) and settle back on it.
 * Fingers laid on the skin follow its curve: a straight step under the bulge of the occiput
 * snapped back to the nearest skin kept only about four of point 1's five finger-widths.
 * `marksM` are distances along the way (each finger-width) where a tick is wanted.
 */
export function walkOnSkin(
  from: SurfacePoint,
  direction: Vector3,
  lengthM: number,
  closest: ClosestSurfacePoint,
  marksM: readonly number[] = [],
): SkinWalk {
  const heading = direction.clone().normalize();
  const marks: SurfacePoint[] = [];
  const path: SurfacePoint[] = [from];
  let here = from;
  let travelledM = 0;
  let nextMark = 0;
  while (travelledM < lengthM) {
    const normal = new Vector3(...here.normal);
    const along = heading.clone().addScaledVector(normal, -heading.dot(normal));
    const tangent = along.length() < MIN_TANGENT_SHARE ? heading : along.normalize();
    const stepM = Math.min(WALK_STEP_M, lengthM - travelledM);
    const target = new Vector3(...here.position).addScaledVector(tangent, stepM);
    const next = closest(target.toArray() as Vec3);
    const coveredM = new Vector3(...next.position).distanceTo(new Vector3(...here.position));
    if (coveredM < stepM * STUCK_SHARE) break;
    // Marks and the end fall inside this step: settle them on the skin in proportion.
    const between = (distanceM: number) => {
      const share = Math.min(1, (distanceM - travelledM) / coveredM);
      const point = new Vector3(...here.position).lerp(new Vector3(...next.position), share);
      return closest(point.toArray() as Vec3);
    };
    while (nextMark < marksM.length && marksM[nextMark]! <= travelledM + coveredM + 1e-9) {
      marks.push(between(marksM[nextMark]!));
      nextMark++;
    }
    if (travelledM + coveredM >= lengthM) {
      here = between(lengthM);
      travelledM = lengthM;
    } else {
      here = next;
      travelledM += coveredM;
    }
    path.push(here);
  }
  return { end: here, marks, path, travelledM };
}

const bonesOf = (id: LandmarkId, side: MarkerSide): BoneTag[] =>
  LANDMARK_BONES[id].map((bone) => ({ ...bone, node: sidedBoneNode(bone.node, side) }));

function findLandmark(
  table: LandmarkTable,
  id: LandmarkId,
  side: MarkerSide,
  owner: string,
): LandmarkEntry {
  const entry =
    table.landmarks.find((l) => l.id === id && l.side === side) ??
    table.landmarks.find((l) => l.id === id && l.side === 'midline');
  if (entry === undefined)
    throw new PlacementError(
      `${owner}: the body's landmark table has no "${id}" for the ${side} side`,
    );
  return entry;
}

/** Every landmark the dataset uses must be in the body's table; returns what is missing. */
export function missingLandmarks(points: readonly Point[], table: LandmarkTable): string[] {
  const provided = new Set(table.landmarks.map((l) => l.id));
  const used = points.flatMap((p) => {
    const reference = p.location.reference;
    if (reference.kind === 'landmark') return [{ point: p.number, id: reference.landmark }];
    if (reference.kind === 'midpoint')
      return reference.landmarks.map((id) => ({ point: p.number, id }));
    return [];
  });
  return used
    .filter(({ id }) => !provided.has(id))
    .map(({ point, id }) => `point ${point}: landmark "${id}" is not in models/landmarks.json`);
}
