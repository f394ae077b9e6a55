import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Vector3 } from 'three';
import { readBodyGlb } from '../../models/mesh/read-glb';
import type { Vec3 } from '../../models/landmark-table';
import { LEVEL } from '../../models/proportions';
import { BODY_LANDMARKS } from './body-landmarks';
import { DATASET } from './full-dataset';
import { placePoints, type PlacedMarker } from './placement';
import { createMidlineQuery, createSurfaceQuery, geometryFromArrays } from './surface-query';

/**
 * Placement's corrections checked on the committed body: distances kept along the skin,
 * ticks a finger-width apart, and the neck and inner-foot points where their reasoning says.
 */

const table = BODY_LANDMARKS;
const fw = table.fingerWidthM;
/** Vertices closer than this to x = 0 are on the body's midline seam. */
const SEAM_TOLERANCE_M = 0.0001;

let markers: PlacedMarker[];
let mesh: Awaited<ReturnType<typeof readBodyGlb>>;

const v = (p: Vec3) => new Vector3(...p);
const pointOf = (number: number) => {
  const point = DATASET.points.find((p) => p.number === number);
  if (point === undefined) throw new Error(`no point ${number} in the dataset`);
  return point;
};
const marker = (point: number, side: PlacedMarker['side']) => {
  const found = markers.find((m) => m.point === point && m.side === side);
  if (found === undefined) throw new Error(`no marker ${point} ${side}`);
  return found;
};
const landmark = (id: string, side: 'left' | 'midline') => {
  const found = table.landmarks.find((l) => l.id === id && l.side === side);
  if (found === undefined) throw new Error(`no landmark ${id} ${side}`);
  return found;
};

/**
 * Distance along the body's midline seam (the skin's own profile at x = 0), measured on the
 * mesh's edges with Dijkstra from a root vertex: independent of the walk that places points.
 */
function seamDistances(rootNear: Vec3) {
  const vertex = (id: number) =>
    new Vector3(mesh.positions[id * 3], mesh.positions[id * 3 + 1], mesh.positions[id * 3 + 2]);
  const onSeam = (id: number) => Math.abs(mesh.positions[id * 3]!) < SEAM_TOLERANCE_M;
  const neighbours = new Map<number, Set<number>>();
  for (let i = 0; i < mesh.indices.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      const a = mesh.indices[i + k]!;
      const b = mesh.indices[i + ((k + 1) % 3)]!;
      if (!onSeam(a) || !onSeam(b)) continue;
      if (!neighbours.has(a)) neighbours.set(a, new Set());
      if (!neighbours.has(b)) neighbours.set(b, new Set());
      neighbours.get(a)!.add(b);
      neighbours.get(b)!.add(a);
    }
  }
  const ids = [...neighbours.keys()];
  const root = ids.reduce((best, id) =>
    vertex(id).distanceTo(v(rootNear)) < vertex(best).distanceTo(v(rootNear)) ? id : best,
  );
  const distance = new Map<number, number>([[root, 0]]);
  const open = new Set([root]);
  while (open.size > 0) {
    const here = [...open].reduce((a, b) => (distance.get(a)! <= distance.get(b)! ? a : b));
    open.delete(here);
    for (const next of neighbours.get(here)!) {
      const through = distance.get(here)! + vertex(here).distanceTo(vertex(next));
      if (through < (distance.get(next) ?? Infinity)) {
        distance.set(next, through);
        open.add(next);
      }
    }
  }
  /** Distance from the root to any point on the seam, via the seam edge it lies on. */
  return (position: Vec3): number => {
    const p = v(position);
    let best = { gap: Infinity, along: 0 };
    for (const [a, around] of neighbours) {
      for (const b of around) {
        const start = vertex(a);
        const edge = vertex(b).sub(start);
        const t = Math.min(1, Math.max(0, p.clone().sub(start).dot(edge) / edge.lengthSq()));
        const onEdge = start.clone().addScaledVector(edge, t);
        const gap = onEdge.distanceTo(p);
        if (gap < best.gap)
          best = {
            gap,
            along: Math.min(
              distance.get(a)! + t * edge.length(),
              distance.get(b)! + (1 - t) * edge.length(),
            ),
          };
      }
    }
    return best.along;
  };
}

beforeAll(async () => {
  mesh = await readBodyGlb(readFileSync(new URL('../../public/models/body.glb', import.meta.url)));
  const geometry = geometryFromArrays(mesh.positions, mesh.normals, mesh.indices);
  markers = placePoints(DATASET.points, table, {
    closest: createSurfaceQuery(geometry),
    closestOnMidline: createMidlineQuery(geometry),
  });
});

describe('distances kept along the skin', () => {
  it('puts point 1 its stated finger-widths above the hairline, measured along the skin', () => {
    const [offset] = pointOf(1).location.offsets;
    expect(offset?.unit).toBe('finger-width');
    const hairline = landmark('nape-hairline', 'midline').position;
    // Root the seam a little below the hairline, so both ends are measured the same way.
    const along = seamDistances([hairline[0], hairline[1] - 2 * fw, hairline[2]]);
    const skinDistanceFw = (along(marker(1, 'midline').position) - along(hairline)) / fw;
    expect(skinDistanceFw).toBeGreaterThan(offset!.amount - 0.1);
    expect(skinDistanceFw).toBeLessThan(offset!.amount + 0.1);
  });

  it('spaces the ticks of every finger-width offset one finger-width apart', () => {
    let checked = 0;
    for (const m of markers) {
      const offsets = pointOf(m.point).location.offsets;
      let tickIndex = 0;
      offsets.forEach((offset, offsetIndex) => {
        if (offset.unit !== 'finger-width') return;
        const count = Math.floor(offset.amount);
        const group = m.guide.ticks.slice(tickIndex, tickIndex + count);
        tickIndex += count;
        // The first tick of the first offset is measured from the start; later offsets start
        // where the previous one ended, which is no tick when its amount is fractional.
        const from = offsetIndex === 0 ? [m.guide.start, ...group] : group;
        for (let k = 1; k < from.length; k++) {
          const gapFw = v(from[k]!.position).distanceTo(v(from[k - 1]!.position)) / fw;
          expect(gapFw, `point ${m.point} ${m.side}, tick ${k}`).toBeGreaterThan(0.9);
          expect(gapFw, `point ${m.point} ${m.side}, tick ${k}`).toBeLessThan(1.02);
          checked++;
        }
      });
      expect(tickIndex, `point ${m.point}: every tick belongs to an offset`).toBe(
        m.guide.ticks.length,
      );
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('points whose reasoning names a place', () => {
  it('puts point 16 in the neck, below the thyroid cartilage and clear of the breastbone notch', () => {
    const cartilage = landmark('thyroid-cartilage', 'midline').position;
    for (const side of ['left', 'right'] as const) {
      const [x, y, z] = marker(16, side).position;
      expect(y, `${side}: below the cartilage`).toBeLessThan(cartilage[1] - 0.5 * fw);
      expect(y, `${side}: above the notch`).toBeGreaterThan(LEVEL.sternalNotch + fw);
      expect(z, `${side}: on the front of the neck`).toBeGreaterThan(0);
      expect(Math.abs(x), `${side}: beside the throat, not on it`).toBeGreaterThan(fw);
    }
  });

  it('puts point 20 in the hollow just below the inner ankle bone, on the inner side', () => {
    const ankle = landmark('medial-malleolus', 'left');
    const p20 = marker(20, 'left');
    const drop = ankle.position[1] - p20.position[1];
    expect(drop).toBeGreaterThan(0.5 * fw);
    expect(drop).toBeLessThan(1.5 * fw);
    const sideways = Math.hypot(
      p20.position[0] - ankle.position[0],
      p20.position[2] - ankle.position[2],
    );
    expect(sideways).toBeLessThan(fw);
    // The skin there faces the other foot: the body's left foot's inner side looks toward -x.
    expect(p20.normal[0]).toBeLessThan(-0.5);
    // Still on the side of the foot, not under it.
    expect(p20.position[1]).toBeGreaterThan(landmark('navicular-tuberosity', 'left').position[1]);
  });
});
