/**
 * Skin weights from the primitives that shape each part.
 *
 * Every additive primitive of the field is tagged with the bones that move it (shape/*.ts). At a
 * vertex, each primitive near the skin contributes by how close its own surface comes to the
 * vertex compared with the closest one: a primitive whose surface passes through the vertex
 * counts fully, one whose surface lies SKIN.blend further away not at all. A bone's weight is the
 * largest contribution of its primitives, so skin where two parts' primitives meet (knee, elbow,
 * hip, shoulder) is shared smoothly between their bones. Bones far apart in the hierarchy never
 * share a vertex (a hand hanging near the thigh does not pull the thigh), the two sides share
 * the skin near the midline, and a few smoothing passes over the mesh even out the blend.
 * At most SKIN.influences bones per vertex; weights are stored as 8-bit fractions summing to
 * exactly 255/255, and the right half is the exact mirror image of the left.
 */
import { BONE_NAMES, boneDistance, boneIndex, boneName, mirrorBone, type BoneSlot } from './rig';
import { primDistance, type BoneShares, type CompiledField } from './sdf/tree';
import type { V3 } from './sdf/vec';

export const SKIN = {
  /** Metres: how much further a primitive's surface may lie from the vertex and still count. */
  blend: 0.02,
  /** Metres: near the midline the left and right bones share the skin over this half-width. */
  midlineShare: 0.012,
  /** Bones more steps apart than this in the hierarchy never share a vertex. */
  maxSteps: 2,
  /** Smoothing passes of the weights over the mesh (each: half own, half neighbours' mean). */
  smoothingPasses: 2,
  influences: 4,
} as const;

export interface SkinWeights {
  /** Four joint indices per vertex (into BONE_NAMES), strongest first. */
  joints: Uint8Array;
  /** Four weights per vertex as fractions of 255, summing to exactly 255. */
  weights: Uint8Array;
}

const BONES = BONE_NAMES.length;
const MIRROR = BONE_NAMES.map((n) => boneIndex(mirrorBone(n)));

const smoothstep = (e0: number, e1: number, x: number): number => {
  const t = Math.max(0, Math.min(1, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};

/** Raw (unsmoothed) weights over all bones at one point of the body's frame (field coordinates). */
function weightsAt(f: CompiledField, p: V3, out: Float64Array): void {
  out.fill(0);
  const q: V3 = [Math.abs(p[0]), p[1], p[2]];
  const near: { i: number; d: number }[] = [];
  let dMin = Infinity;
  for (let i = 0; i < f.count; i++) {
    if (f.cutter[i] || !f.tags[i]) continue;
    const b = i * 4;
    const reach = Math.hypot(q[0] - f.bounds[b]!, q[1] - f.bounds[b + 1]!, q[2] - f.bounds[b + 2]!);
    if (reach - f.bounds[b + 3]! > SKIN.blend + 0.05) continue;
    const d = primDistance(f, i, q);
    near.push({ i, d });
    dMin = Math.min(dMin, d);
  }
  const slotWeight = new Map<BoneSlot, number>();
  let dominant: BoneSlot | undefined;
  let dominantD = Infinity;
  for (const { i, d } of near) {
    const t = (d - dMin) / SKIN.blend;
    if (t >= 1) continue;
    const k = (1 - t) * (1 - t);
    const tag = f.tags[i]!;
    const shares: BoneShares = typeof tag === 'function' ? tag(q) : tag;
    for (const [slot, share] of Object.entries(shares) as [BoneSlot, number][]) {
      slotWeight.set(slot, Math.max(slotWeight.get(slot) ?? 0, share * k));
      if (d < dominantD || (d === dominantD && share > 0.5)) {
        dominantD = d;
        dominant = slot;
      }
    }
  }
  if (!dominant) throw new Error(`no tagged primitive near ${p.join(',')}`);
  const dom = boneName(dominant, 'left');
  const left = smoothstep(-SKIN.midlineShare, SKIN.midlineShare, p[0]);
  for (const [slot, w] of slotWeight) {
    const name = boneName(slot, 'left');
    if (boneDistance(name, dom) > SKIN.maxSteps) continue;
    if (name === slot) {
      out[boneIndex(name)] = out[boneIndex(name)]! + w;
    } else {
      const l = boneIndex(name);
      out[l] = out[l]! + w * left;
      out[MIRROR[l]!] = out[MIRROR[l]!]! + w * (1 - left);
    }
  }
  normalise(out, 0);
}

function normalise(w: Float64Array, o: number): void {
  let sum = 0;
  for (let b = 0; b < BONES; b++) sum += w[o + b]!;
  for (let b = 0; b < BONES; b++) w[o + b] = w[o + b]! / sum;
}

/**
 * Skin weights for the final mesh. The first `halfCount` vertices are the left half (midline
 * included, flagged in `midline`); the rest are their mirror images in order, as mirrorHalf
 * lays them out. Positions are in the body's frame; `shiftY` is how far the figure was lifted
 * onto the floor after the field was polygonised.
 */
export function skinWeights(
  f: CompiledField,
  positions: Float32Array,
  indices: Uint32Array,
  halfCount: number,
  midline: Uint8Array,
  shiftY: number,
): SkinWeights {
  const n = positions.length / 3;
  let w = new Float64Array(n * BONES);
  const one = new Float64Array(BONES);
  for (let v = 0; v < n; v++) {
    weightsAt(f, [positions[v * 3]!, positions[v * 3 + 1]! - shiftY, positions[v * 3 + 2]!], one);
    w.set(one, v * BONES);
  }

  // Neighbours from the triangles, for the smoothing passes.
  const edges = new Set<number>();
  for (let t = 0; t < indices.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const a = indices[t + e]!,
        b = indices[t + ((e + 1) % 3)]!;
      edges.add(Math.min(a, b) * n + Math.max(a, b));
    }
  const degree = new Uint32Array(n);
  const sorted = [...edges].sort((a, b) => a - b);
  for (const key of sorted) {
    degree[Math.floor(key / n)]!++;
    degree[key % n]!++;
  }
  for (let pass = 0; pass < SKIN.smoothingPasses; pass++) {
    const sum = new Float64Array(n * BONES);
    for (const key of sorted) {
      const a = Math.floor(key / n),
        b = key % n;
      for (let j = 0; j < BONES; j++) {
        sum[a * BONES + j] = sum[a * BONES + j]! + w[b * BONES + j]!;
        sum[b * BONES + j] = sum[b * BONES + j]! + w[a * BONES + j]!;
      }
    }
    const next = new Float64Array(n * BONES);
    for (let v = 0; v < n; v++)
      for (let j = 0; j < BONES; j++)
        next[v * BONES + j] = 0.5 * w[v * BONES + j]! + (0.5 * sum[v * BONES + j]!) / degree[v]!;
    w = next;
  }

  const joints = new Uint8Array(n * 4);
  const weights = new Uint8Array(n * 4);
  let mirror = halfCount;
  for (let v = 0; v < halfCount; v++) {
    // Symmetrise with the mirror twin (or, on the midline, with itself mirrored).
    const m = midline[v] ? v : mirror++;
    const sym = new Float64Array(BONES);
    for (let j = 0; j < BONES; j++) sym[j] = (w[v * BONES + j]! + w[m * BONES + MIRROR[j]!]!) / 2;
    const [js, ws] = quantise(sym, midline[v] === 1);
    joints.set(js, v * 4);
    weights.set(ws, v * 4);
    if (m !== v) {
      joints.set(
        js.map((j) => MIRROR[j]!),
        m * 4,
      );
      weights.set(ws, m * 4);
    }
  }
  return { joints, weights };
}

/** The strongest SKIN.influences bones as 8-bit weights summing to 255, strongest first. */
function quantise(w: Float64Array, onMidline: boolean): [number[], number[]] {
  const order = [...w.keys()].filter((j) => w[j]! > 1e-4).sort((a, b) => w[b]! - w[a]! || a - b);
  let keep = order.slice(0, SKIN.influences);
  // On the midline, never keep one twin of an equal left/right pair and drop the other.
  const cut = order[SKIN.influences];
  const last = keep.at(-1);
  if (onMidline && cut !== undefined && last !== undefined && MIRROR[last] === cut)
    keep = keep.slice(0, -1);
  const total = keep.reduce((s, j) => s + w[j]!, 0);
  const exact = keep.map((j) => (w[j]! / total) * 255);
  const units = exact.map(Math.floor);
  let left = 255 - units.reduce((s, u) => s + u, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, r: e - units[i]! }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    units[i]!++;
    left--;
  }
  const js = keep.map((j) => j);
  const ws = units;
  // Drop weights that rounded to zero, strongest first, pad to four with (0, 0).
  const pairs = js.map((j, i) => [j, ws[i]!] as const).filter(([, u]) => u > 0);
  pairs.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  while (pairs.length < 4) pairs.push([0, 0]);
  return [pairs.map(([j]) => j), pairs.map(([, u]) => u)];
}
