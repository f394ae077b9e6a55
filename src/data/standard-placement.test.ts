import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { CUN_SPAN_IDS, cunM } from '../../models/cun-span-ids';
import { readBodyGlb } from '../../models/mesh/read-glb';
import type { Vec3 } from '../../models/landmark-table';
import { BREADTH, LEVEL } from '../../models/proportions';
import type { Region } from '../../points/schema';
import { STANDARD_POINT_RULES, type Face } from '../../points/standard-points';
import { BODY_LANDMARKS } from './body-landmarks';
import { DATASET } from './full-dataset';
import { directionVector, placePoints, type MarkerSide, type PlacedMarker } from './placement';
import { placeStandardPoints, type PlacedStandardPoint } from './standard-placement';
import { createMidlineQuery, createSurfaceQuery, geometryFromArrays } from './surface-query';

/**
 * The standard points on the committed body: the spans they count in, measured on it; each
 * standard point on the skin, in its region and on the face of the body part the standard names;
 * and its distance from the article's reading.
 */

const table = BODY_LANDMARKS;
/** Adult cun on the proportional spans, small to tall adults: about 1.8 to 3.5 cm. */
const ADULT_CUN_RANGE_M = { min: 0.018, max: 0.035 } as const;
/** "On the skin": within the mesh's own rounding of a walked spot. */
const ON_SKIN_M = 0.002;
/** A face is the one the skin looks toward when its normal leans at least this much that way. */
const FACING_SHARE = 0.35;
/** Where the source and the standard name the same landmarks, they agree within this. */
const SAME_LANDMARKS_M = 0.01;

let skinIndex: MeshBVH;
let markers: PlacedMarker[];
let standard: PlacedStandardPoint[];
let problems: string[];

const landmark = (id: string, side: 'left' | 'midline' = 'left') => {
  const found = table.landmarks.find((l) => l.id === id && l.side === side);
  if (found === undefined) throw new Error(`no landmark ${id} ${side}`);
  return found;
};
const v = (p: Vec3) => new Vector3(...p);

beforeAll(async () => {
  const mesh = await readBodyGlb(
    readFileSync(new URL('../../public/models/body.glb', import.meta.url)),
  );
  const geometry = geometryFromArrays(mesh.positions, mesh.normals, mesh.indices);
  skinIndex = new MeshBVH(geometry);
  const skin = {
    closest: createSurfaceQuery(geometry),
    closestOnMidline: createMidlineQuery(geometry),
  };
  markers = placePoints(DATASET.points, table, skin);
  ({ standard, problems } = placeStandardPoints(DATASET.points, markers, table, skin));
});

describe('the standard spans measured on the body', () => {
  it('gives every span a cun within the adult range', () => {
    for (const span of CUN_SPAN_IDS) {
      const cun = cunM(table.cunSpansM, span);
      expect(cun, span).toBeGreaterThan(ADULT_CUN_RANGE_M.min);
      expect(cun, span).toBeLessThan(ADULT_CUN_RANGE_M.max);
    }
  });

  it('measures the spans between the landmarks the table has', () => {
    const navelToPubis = v(landmark('navel', 'midline').position).distanceTo(
      v(landmark('pubic-crest-top', 'midline').position),
    );
    expect(table.cunSpansM['lower-abdomen']).toBeCloseTo(navelToPubis, 4);
    expect(table.cunSpansM['ankle-height']).toBeCloseTo(
      landmark('medial-malleolus').position[1],
      4,
    );
    expect(table.cunSpansM['four-fingers']).toBeCloseTo(4 * table.fingerWidthM, 4);
    // The head's span runs from the forehead over the crown to the nape: longer than the head
    // is tall above the nape hairline, and shorter than half around it.
    const napeToCrown =
      landmark('crown', 'midline').position[1] - landmark('nape-hairline', 'midline').position[1];
    expect(table.cunSpansM.head).toBeGreaterThan(napeToCrown);
    expect(table.cunSpansM.head).toBeLessThan(Math.PI * (LEVEL.crown - LEVEL.chin));
  });
});

const REGION_TEST: Record<Region, (p: Vec3) => boolean> = {
  'head-neck': (p) => p[1] > LEVEL.sternalNotch,
  back: (p) => p[2] < 0 && p[1] > LEVEL.iliacCrest && p[1] < LEVEL.c7,
  'abdomen-pelvis': (p) =>
    Math.abs(p[0]) < BREADTH.hipHalf && p[1] > LEVEL.gluteal && p[1] < LEVEL.nipple,
  arm: (p) => Math.abs(p[0]) > BREADTH.chestHalf && p[1] > LEVEL.crotch - 0.2,
  leg: (p) => p[1] > LEVEL.ankle && p[1] < LEVEL.knee,
  foot: (p) => p[1] < LEVEL.ankle + 0.02,
};

/** The way a face looks, on the body's `side` (the body's own left is +x). */
function faceDirection(face: Face, side: MarkerSide): Vector3 {
  switch (face) {
    case 'medial':
    case 'lateral':
      return directionVector(face, side);
    case 'anterior':
      return new Vector3(0, 0, 1);
    case 'posterior':
      return new Vector3(0, 0, -1);
    case 'superior':
      return new Vector3(0, 1, 0);
    case 'inferior':
      return new Vector3(0, -1, 0);
  }
}

describe('the standard points on the body', () => {
  it('places the standard point of every dataset point, on each of its sides', () => {
    expect(problems).toEqual([]);
    for (const point of DATASET.points) {
      const sides = markers.filter((m) => m.point === point.number).map((m) => m.side);
      const placed = standard.filter((s) => s.point === point.number);
      expect(
        placed.map((s) => s.side),
        `point ${point.number}`,
      ).toEqual(sides);
      expect(placed.every((s) => s.code === point.standardPoint?.code)).toBe(true);
    }
  });

  it('puts each on the skin, in its region and on the face the standard names', () => {
    for (const spot of standard) {
      const rule = STANDARD_POINT_RULES.find((r) => r.code === spot.code)!;
      const label = `${spot.code} ${spot.side}`;
      const { distance } = skinIndex.closestPointToPoint(v(spot.position))!;
      expect(distance, label).toBeLessThanOrEqual(ON_SKIN_M);
      expect(REGION_TEST[rule.region](spot.position), `${label} in ${rule.region}`).toBe(true);
      const facing = rule.faces
        .reduce((sum, face) => sum.add(faceDirection(face, spot.side)), new Vector3())
        .normalize();
      expect(
        v(spot.normal).dot(facing),
        `${label} faces ${rule.faces.join(' and ')}`,
      ).toBeGreaterThan(FACING_SHARE);
    }
  });

  it('finds the article and the standard together where they name the same landmarks', () => {
    const sameLandmarks = ['GV1', 'KI1', 'BL60', 'GV4'];
    for (const code of sameLandmarks)
      for (const spot of standard.filter((s) => s.code === code))
        expect(spot.distanceM, `${code} ${spot.side}`).toBeLessThan(SAME_LANDMARKS_M);
  });

  it('mirrors a pair’s standard points', () => {
    for (const left of standard.filter((s) => s.side === 'left')) {
      const right = standard.find((s) => s.point === left.point && s.side === 'right')!;
      const mirrored = new Vector3(-right.position[0], right.position[1], right.position[2]);
      expect(v(left.position).distanceTo(mirrored), left.code).toBeLessThan(ON_SKIN_M);
      expect(right.distanceM).toBeCloseTo(left.distanceM, 3);
    }
  });
});
