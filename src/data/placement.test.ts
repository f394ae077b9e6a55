import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Triangle, Vector3 } from 'three';
import { readBodyGlb } from '../../models/mesh/read-glb';
import type { Vec3 } from '../../models/landmark-table';
import { BODY_LANDMARKS } from './body-landmarks';
import { markerCount, type Dataset } from './dataset';
import { DATASET } from './full-dataset';
import {
  missingLandmarks,
  placePoints,
  placePointsReporting,
  type PlacedMarker,
} from './placement';
import { createMidlineQuery, createSurfaceQuery, geometryFromArrays } from './surface-query';

const MM = 0.001;
const table = BODY_LANDMARKS;
const fw = table.fingerWidthM;

let dataset: Dataset;
let markers: PlacedMarker[];
let mesh: Awaited<ReturnType<typeof readBodyGlb>>;

const v = (p: Vec3) => new Vector3(...p);
const marker = (point: number, side: PlacedMarker['side']) => {
  const found = markers.find((m) => m.point === point && m.side === side);
  if (found === undefined) throw new Error(`no marker ${point} ${side}`);
  return found;
};
const landmark = (id: string, side: 'left' | 'right' | 'midline') => {
  const found = table.landmarks.find((l) => l.id === id && l.side === side);
  if (found === undefined) throw new Error(`no landmark ${id} ${side}`);
  return found;
};

/** Distance to the mesh by brute force over every triangle: independent of the BVH used to place. */
function bruteForceDistanceToSkin(position: Vec3): number {
  const p = v(position);
  const triangle = new Triangle();
  const closest = new Vector3();
  const corner = (i: number) => {
    const id = mesh.indices[i]!;
    return new Vector3(
      mesh.positions[id * 3],
      mesh.positions[id * 3 + 1],
      mesh.positions[id * 3 + 2],
    );
  };
  let best = Infinity;
  for (let i = 0; i < mesh.indices.length; i += 3) {
    triangle.set(corner(i), corner(i + 1), corner(i + 2));
    triangle.closestPointToPoint(p, closest);
    best = Math.min(best, closest.distanceTo(p));
  }
  return best;
}

beforeAll(async () => {
  dataset = DATASET;
  mesh = await readBodyGlb(readFileSync(new URL('../../public/models/body.glb', import.meta.url)));
  const geometry = geometryFromArrays(mesh.positions, mesh.normals, mesh.indices);
  markers = placePoints(dataset.points, table, {
    closest: createSurfaceQuery(geometry),
    closestOnMidline: createMidlineQuery(geometry),
  });
});

describe('placement by rule on the generated body', () => {
  it('finds every landmark the dataset uses in the body', () => {
    expect(missingLandmarks(dataset.points, table)).toEqual([]);
  });

  it('gives a left and a right marker for each pair and one for each midline point', () => {
    expect(markers).toHaveLength(markerCount(dataset.points));
    expect(markers.filter((m) => m.side === 'midline').map((m) => m.point)).toEqual(
      dataset.points.filter((p) => p.symmetry === 'midline').map((p) => p.number),
    );
  });

  it('puts every marker on the skin (within 2 mm, checked against every triangle)', () => {
    const worst = Math.max(...markers.map((m) => bruteForceDistanceToSkin(m.position)));
    expect(worst).toBeLessThan(2 * MM);
  });

  it('mirrors each pair within 1 mm and keeps midline points on x = 0', () => {
    for (const point of dataset.points) {
      if (point.symmetry === 'midline') {
        expect(Math.abs(marker(point.number, 'midline').position[0])).toBeLessThan(1 * MM);
        continue;
      }
      const left = v(marker(point.number, 'left').position);
      const right = v(marker(point.number, 'right').position);
      const mirrored = right.clone().setX(-right.x);
      expect(left.distanceTo(mirrored), `point ${point.number}`).toBeLessThan(1 * MM);
      expect(left.x, `point ${point.number} left is on the body's left (+x)`).toBeGreaterThan(0);
    }
  });

  it('puts point 9 beside the little toe nail corner', () => {
    const corner = v(landmark('little-toe-nail-lateral-corner', 'left').position);
    const distance = v(marker(9, 'left').position).distanceTo(corner);
    expect(distance).toBeGreaterThan(1 * MM);
    expect(distance).toBeLessThan(6 * MM);
  });

  it('puts point 10 level with T4/T5, 1.5 finger-widths off the spine', () => {
    const spine = landmark('t4-t5-interspace', 'midline').position;
    const p10 = marker(10, 'left').position;
    expect(Math.abs(p10[1] - spine[1])).toBeLessThan(0.5 * fw);
    expect(Math.abs(p10[0])).toBeGreaterThan(1.2 * fw);
    expect(Math.abs(p10[0])).toBeLessThan(1.6 * fw);
    expect(p10[2]).toBeLessThan(spine[2] + 0.02); // on the back
  });

  it('puts point 23 two finger-widths below the navel on the midline', () => {
    const navel = landmark('navel', 'midline').position;
    const p23 = marker(23, 'midline').position;
    expect(navel[1] - p23[1]).toBeGreaterThan(1.6 * fw);
    expect(navel[1] - p23[1]).toBeLessThan(2.1 * fw);
  });

  it('resolves point 6 from point 1: above it, on the back of the head', () => {
    const p1 = marker(1, 'midline').position;
    const p6 = marker(6, 'midline').position;
    expect(p6[1]).toBeGreaterThan(p1[1]);
    expect(v(p6).distanceTo(v(p1))).toBeGreaterThan(1.2 * fw);
    expect(v(p6).distanceTo(v(p1))).toBeLessThan(1.6 * fw);
  });

  it('puts point 12 four finger-widths above the outer ankle bone, on the outside', () => {
    const ankle = landmark('lateral-malleolus', 'left').position;
    const p12 = marker(12, 'left').position;
    expect(p12[1] - ankle[1]).toBeGreaterThan(3.5 * fw);
    expect(p12[1] - ankle[1]).toBeLessThan(4.1 * fw);
    expect(p12[0]).toBeGreaterThan(ankle[0] - 0.01);
  });

  it('puts point 2 between the tailbone tip and the anus', () => {
    const coccyx = v(landmark('coccyx-tip', 'midline').position);
    const anus = v(landmark('anus', 'midline').position);
    const p2 = v(marker(2, 'midline').position);
    expect(p2.distanceTo(coccyx)).toBeLessThan(coccyx.distanceTo(anus));
    expect(p2.distanceTo(anus)).toBeLessThan(coccyx.distanceTo(anus));
  });

  it('keeps the self-massage points on the limbs: feet and wrists', () => {
    const onTheFeet = dataset.points.filter(
      (p) => p.selfMassage.inSelfMassageSentence && p.region === 'foot',
    );
    expect(onTheFeet.length).toBeGreaterThan(0);
    for (const point of onTheFeet)
      expect(marker(point.number, 'left').position[1]).toBeLessThan(0.15);
    const wrist = landmark('wrist-dorsal-centre', 'left').position;
    expect(v(marker(11, 'left').position).distanceTo(v(wrist))).toBeLessThan(3 * MM);
  });

  it('lays out the guide from the same rule: a tick per finger-width, ending at the point', () => {
    const p12 = marker(12, 'left');
    expect(p12.guide.ticks).toHaveLength(4);
    expect(v(p12.guide.path.at(-1)!.position).distanceTo(v(p12.position))).toBeLessThan(0.01 * MM);
    const start = v(p12.guide.start.position);
    const gaps = p12.guide.ticks.map((tick, i) =>
      v(tick.position).distanceTo(i === 0 ? start : v(p12.guide.ticks[i - 1]!.position)),
    );
    for (const gap of gaps) expect(gap / fw).toBeCloseTo(1, 0);
    expect(marker(2, 'midline').guide.landmarks).toHaveLength(2);
  });

  it('places the other points when one landmark is missing, and names the point that failed', () => {
    const geometry = geometryFromArrays(mesh.positions, mesh.normals, mesh.indices);
    const withoutNavel = { ...table, landmarks: table.landmarks.filter((l) => l.id !== 'navel') };
    const { markers: partial, problems } = placePointsReporting(dataset.points, withoutNavel, {
      closest: createSurfaceQuery(geometry),
      closestOnMidline: createMidlineQuery(geometry),
    });
    // Points 15 and 18 (pairs) and 23 (midline) start at the navel.
    expect(problems).toEqual([
      'point 15: the body\'s landmark table has no "navel" for the left side',
      'point 18: the body\'s landmark table has no "navel" for the left side',
      'point 23: the body\'s landmark table has no "navel" for the midline side',
    ]);
    const fromTheNavel = dataset.points.filter(
      (p) => p.location.reference.kind === 'landmark' && p.location.reference.landmark === 'navel',
    );
    expect(partial).toHaveLength(markerCount(dataset.points) - markerCount(fromTheNavel));
  });
});
