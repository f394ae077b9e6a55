/**
 * The landmark table: each landmark is found by casting from a skeleton-derived point inside the
 * body onto the field, then snapped to the final mesh so it lies on the skin that ships.
 * Bilateral landmarks are found on the left (+X) and mirrored.
 */
import {
  BILATERAL_LANDMARK_IDS,
  MIDLINE_LANDMARK_IDS,
  type BilateralLandmarkId,
  type MidlineLandmarkId,
} from './landmark-ids';
import type { LandmarkEntry, LandmarkTable } from './landmark-table';
import { hairAbove } from './colours';
import { measureCunSpans } from './cun-spans';
import { castToSurface, closestOnMesh, gradient } from './mesh/queries';
import { LEVEL, PELVIS } from './proportions';
import { inFrame, type Skeleton } from './skeleton';
import { toeNails, ankleFeatures } from './shape/leg';
import { NAVEL_Z } from './shape/trunk';
import { add, lerp, norm, scale, sub, type V3 } from './sdf/vec';

interface Probe {
  seed: V3;
  dir: V3;
  proximal?: V3;
}

const down: V3 = [0, -1, 0];
const up: V3 = [0, 1, 0];

/** Height where the back midline crosses the hairline, found on the skin by bisection. */
function napeHairlineY(field: (p: readonly number[]) => number): number {
  const above = (y: number): number => hairAbove(castToSurface(field, [0, y, -0.03], [0, 0, -1]));
  let lo = LEVEL.chin - 0.04,
    hi = LEVEL.eyes;
  if (above(lo) >= 0 || above(hi) <= 0) throw new Error('nape hairline not bracketed');
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (above(mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function midlineProbes(field: (p: readonly number[]) => number): Record<MidlineLandmarkId, Probe> {
  return {
    crown: { seed: [0, LEVEL.crown - 0.05, -0.017], dir: up },
    'nape-hairline': { seed: [0, napeHairlineY(field), -0.03], dir: [0, 0, -1] },
    'thyroid-cartilage': { seed: [0, LEVEL.thyroid, 0], dir: [0, 0, 1] },
    't4-t5-interspace': { seed: [0, LEVEL.t4t5, -0.03], dir: [0, 0, -1] },
    'l2-l3-interspace': { seed: [0, LEVEL.l2l3, -0.03], dir: [0, 0, -1] },
    navel: { seed: [0, LEVEL.navel, NAVEL_Z - 0.05], dir: [0, 0, 1] },
    'pubic-crest-top': { seed: [0, LEVEL.pubicCrest, 0], dir: [0, 0, 1] },
    'coccyx-tip': { seed: [0, LEVEL.coccyx, -0.03], dir: [0, 0, -1] },
    // On the cleft's floor, the anococcygeal distance below the tailbone's tip.
    anus: { seed: [0, LEVEL.coccyx - PELVIS.coccyxTipToAnus, -0.03], dir: [0, 0, -1] },
  };
}

function bilateralProbes(s: Skeleton): Record<BilateralLandmarkId, Probe> {
  const h = s.hand;
  const f = s.foot;
  const toWrist = norm(sub(s.elbow, s.wrist));
  const toKnee = norm(sub(s.knee, s.ankle));
  const toHeel = scale(f.along, -1);
  const medial = scale(f.side, -1);
  const a = ankleFeatures(s);
  const tendonAtLateral = lerp(
    a.achilles[0],
    a.achilles[1],
    (a.lateral[1] - a.achilles[0][1]) / (a.achilles[1][1] - a.achilles[0][1]),
  );
  const nails = toeNails(s);
  const nailCorner = (toe: number, towardSide: 1 | -1): Probe => {
    const n = nails[toe]!;
    const along = norm(n.along);
    const corner = add(
      add(n.centre, scale(along, -n.radii[0] * 0.75)),
      scale(f.side, towardSide * n.radii[2] * 0.8),
    );
    return {
      seed: add(corner, [0, -0.004, 0]),
      dir: add(up, scale(f.side, towardSide * 0.5)),
      proximal: norm(scale(along, -1)),
    };
  };
  return {
    'wrist-crease-palmar': { seed: inFrame(h, 0.004, 0, 0), dir: h.normal, proximal: toWrist },
    'wrist-crease-dorsal': {
      seed: inFrame(h, 0.004, 0, 0),
      dir: scale(h.normal, -1),
      proximal: toWrist,
    },
    'wrist-dorsal-centre': {
      seed: inFrame(h, -0.004, 0.002, 0),
      dir: scale(h.normal, -1),
      proximal: toWrist,
    },
    'medial-malleolus': { seed: a.medial, dir: medial, proximal: toKnee },
    'lateral-malleolus': { seed: a.lateral, dir: f.side, proximal: toKnee },
    'achilles-tendon-ankle': {
      seed: add(tendonAtLateral, scale(f.along, 0.01)),
      dir: toHeel,
      proximal: toKnee,
    },
    'ankle-front-hollow': {
      seed: inFrame(f, -0.005, 0.002, a.lateral[1]),
      dir: add(f.along, scale(up, 0.7)),
      proximal: toKnee,
    },
    'sole-hollow': { seed: inFrame(f, 0.078, 0.006, 0.03), dir: down, proximal: toHeel },
    'instep-centre': { seed: inFrame(f, 0.06, 0.006, 0.03), dir: up, proximal: toHeel },
    'navicular-tuberosity': {
      seed: inFrame(f, 0.035, -0.015, 0.03),
      dir: medial,
      proximal: toHeel,
    },
    'medial-arch-hollow': {
      seed: inFrame(f, 0.02, -0.012, 0.03),
      dir: add(medial, scale(down, 0.5)),
      proximal: toHeel,
    },
    'first-metatarsal-base': {
      seed: inFrame(f, 0.07, -0.015, 0.03),
      dir: medial,
      proximal: toHeel,
    },
    'second-metatarsal-base': { seed: inFrame(f, 0.07, -0.004, 0.03), dir: up, proximal: toHeel },
    'big-toe-nail-medial-corner': nailCorner(0, -1),
    'second-toe-nail-lateral-corner': nailCorner(1, 1),
    'little-toe-nail-lateral-corner': nailCorner(4, 1),
  };
}

export interface MeshForLandmarks {
  positions: ArrayLike<number>;
  indices: ArrayLike<number>;
}

function closestOnMidline(p: V3, m: MeshForLandmarks): V3 {
  let best: V3 = p;
  let bestD = Infinity;
  const P = (i: number): V3 => [
    m.positions[i * 3]!,
    m.positions[i * 3 + 1]!,
    m.positions[i * 3 + 2]!,
  ];
  for (let t = 0; t < m.indices.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const a = P(m.indices[t + e]!),
        b = P(m.indices[t + ((e + 1) % 3)]!);
      if (a[0] !== 0 || b[0] !== 0) continue;
      const ab = sub(b, a);
      const l2 = ab[1] * ab[1] + ab[2] * ab[2];
      const u =
        l2 > 0 ? Math.max(0, Math.min(1, ((p[1] - a[1]) * ab[1] + (p[2] - a[2]) * ab[2]) / l2)) : 0;
      const q = add(a, scale(ab, u));
      const d = Math.hypot(q[1] - p[1], q[2] - p[2]);
      if (d < bestD) {
        bestD = d;
        best = q;
      }
    }
  return [0, best[1], best[2]];
}

const round = (v: V3, digits = 6): V3 =>
  v.map((x) => Number((Object.is(x, -0) ? 0 : x).toFixed(digits))) as unknown as V3;

/** Build the table on the final mesh; `shiftY` moves field coordinates onto the floor. */
export function buildLandmarks(
  s: Skeleton,
  field: (p: readonly number[]) => number,
  mesh: MeshForLandmarks,
  shiftY: number,
  heightM: number,
  fingerWidthM: number,
): LandmarkTable {
  const landmarks: LandmarkEntry[] = [];
  const place = (probe: Probe, midline: boolean): { position: V3; normal: V3 } => {
    const onField = castToSurface(field, probe.seed, probe.dir);
    const shifted: V3 = [onField[0], onField[1] + shiftY, onField[2]];
    const position = midline
      ? closestOnMidline(shifted, mesh)
      : closestOnMesh(shifted, mesh.positions, mesh.indices).point;
    const normal = gradient(field, [position[0], position[1] - shiftY, position[2]]);
    if (midline) normal[0] = 0;
    return { position, normal: norm(normal) };
  };
  const mids = midlineProbes(field);
  for (const id of MIDLINE_LANDMARK_IDS) {
    const { position, normal } = place(mids[id], true);
    landmarks.push({ id, side: 'midline', position: round(position), normal: round(normal) });
  }
  const bis = bilateralProbes(s);
  for (const id of BILATERAL_LANDMARK_IDS) {
    const probe = bis[id];
    const { position, normal } = place(probe, false);
    const mirror = (v: V3): V3 => [-v[0], v[1], v[2]];
    const prox = probe.proximal ? round(norm(probe.proximal)) : undefined;
    landmarks.push({
      id,
      side: 'left',
      position: round(position),
      normal: round(normal),
      ...(prox ? { proximal: prox } : {}),
    });
    landmarks.push({
      id,
      side: 'right',
      position: round(mirror(position)),
      normal: round(mirror(normal)),
      ...(prox ? { proximal: round(mirror(prox)) } : {}),
    });
  }
  const spans = measureCunSpans({ skeleton: s, field, landmarks, shiftY, fingerWidthM });
  return {
    version: 2,
    heightM: Number(heightM.toFixed(4)),
    fingerWidthM: Number(fingerWidthM.toFixed(5)),
    cunSpansM: Object.fromEntries(
      Object.entries(spans).map(([id, lengthM]) => [id, Number(lengthM.toFixed(5))]),
    ) as LandmarkTable['cunSpansM'],
    landmarks,
  };
}
