/** From the dense half surface to the final symmetric mesh: simplify, mirror, weld, normals. */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { HalfMesh } from './surface-nets';

export interface BodyMesh {
  positions: Float32Array;
  normals: Float32Array;
  colours: Float32Array;
  indices: Uint32Array;
}

export interface SimplifyOptions {
  /** Triangles in the half mesh. */
  targetTriangles: number;
  /** Absolute error bound, metres. */
  maxError: number;
  colourWeight: number;
  normalWeight: number;
}

/** Simplify the half mesh with midline vertices locked so the mirrored half welds exactly. */
/** Area-weighted vertex normals of a triangle mesh. */
export function faceNormals(positions: ArrayLike<number>, indices: Uint32Array): Float32Array {
  const out = new Float32Array(positions.length);
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3,
      b = indices[t + 1]! * 3,
      c = indices[t + 2]! * 3;
    const ux = positions[b]! - positions[a]!,
      uy = positions[b + 1]! - positions[a + 1]!,
      uz = positions[b + 2]! - positions[a + 2]!;
    const vx = positions[c]! - positions[a]!,
      vy = positions[c + 1]! - positions[a + 1]!,
      vz = positions[c + 2]! - positions[a + 2]!;
    const nx = uy * vz - uz * vy,
      ny = uz * vx - ux * vz,
      nz = ux * vy - uy * vx;
    for (const v of [a, b, c]) {
      out[v] = out[v]! + nx;
      out[v + 1] = out[v + 1]! + ny;
      out[v + 2] = out[v + 2]! + nz;
    }
  }
  for (let v = 0; v < out.length; v += 3) {
    const l = Math.hypot(out[v]!, out[v + 1]!, out[v + 2]!) || 1;
    out[v] = out[v]! / l;
    out[v + 1] = out[v + 1]! / l;
    out[v + 2] = out[v + 2]! / l;
  }
  return out;
}

/**
 * Simplifier attributes per vertex: the colour (keeps zone borders) and the normal scaled by an
 * importance weight, so curvature is kept where it reads (face, hands, feet) and spent sparingly
 * on the broad trunk and limbs.
 */
export function simplifierAttributes(
  positions: ArrayLike<number>,
  colours: Float32Array,
  normals: Float32Array,
  importance: (p: ArrayLike<number>) => number,
): Float32Array {
  const n = positions.length / 3;
  const out = new Float32Array(n * 6);
  for (let v = 0; v < n; v++) {
    const w = importance([positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!]);
    out.set(colours.subarray(v * 3, v * 3 + 3), v * 6);
    out[v * 6 + 3] = normals[v * 3]! * w;
    out[v * 6 + 4] = normals[v * 3 + 1]! * w;
    out[v * 6 + 5] = normals[v * 3 + 2]! * w;
  }
  return out;
}

export async function simplifyHalf(
  half: HalfMesh,
  colours: Float32Array,
  attributes: Float32Array,
  o: SimplifyOptions,
): Promise<{
  positions: Float32Array;
  colours: Float32Array;
  midline: Uint8Array;
  indices: Uint32Array;
}> {
  await MeshoptSimplifier.ready;
  const pos = Float32Array.from(half.positions);
  const lock = Uint8Array.from(half.midline);
  let idx: Uint32Array = new Uint32Array(0);
  // A collapse can pinch a thin feature into a non-manifold edge; lock the neighbourhood of any
  // such edge and simplify again (deterministic: same input, same locks, same result).
  for (let attempt = 0; ; attempt++) {
    const [simplified] = MeshoptSimplifier.simplifyWithAttributes(
      half.indices,
      pos,
      3,
      attributes,
      6,
      [
        o.colourWeight,
        o.colourWeight,
        o.colourWeight,
        o.normalWeight,
        o.normalWeight,
        o.normalWeight,
      ],
      lock,
      o.targetTriangles * 3,
      o.maxError,
      ['ErrorAbsolute'],
    );
    idx = removeFins(simplified);
    const bad = badHalfEdgeVertices(idx, half.midline);
    if (bad.length === 0) break;
    if (attempt === 6) throw new Error(`simplification leaves ${bad.length} non-manifold vertices`);
    lockAround(pos, lock, bad, 0.004 * (attempt + 1));
  }
  // Compact to the vertices still in use, keeping first-use order (deterministic and cache-friendly).
  const remap = new Int32Array(pos.length / 3).fill(-1);
  const outPos: number[] = [];
  const outCol: number[] = [];
  const outMid: number[] = [];
  const outIdx = new Uint32Array(idx.length);
  for (let i = 0; i < idx.length; i++) {
    const v = idx[i]!;
    if (remap[v] === -1) {
      remap[v] = outMid.length;
      outPos.push(pos[v * 3]!, pos[v * 3 + 1]!, pos[v * 3 + 2]!);
      outCol.push(colours[v * 3]!, colours[v * 3 + 1]!, colours[v * 3 + 2]!);
      outMid.push(half.midline[v]!);
    }
    outIdx[i] = remap[v]!;
  }
  return {
    positions: Float32Array.from(outPos),
    colours: Float32Array.from(outCol),
    midline: Uint8Array.from(outMid),
    indices: outIdx,
  };
}

/**
 * Edge collapses can squash a thin feature into a zero-volume fin: the same triangle twice with
 * opposite windings. Both copies go; what remains is still closed.
 */
export function removeFins(indices: Uint32Array): Uint32Array {
  const seen = new Map<string, number>();
  const drop = new Uint8Array(indices.length / 3);
  for (let t = 0; t < indices.length / 3; t++) {
    const key = [indices[t * 3]!, indices[t * 3 + 1]!, indices[t * 3 + 2]!]
      .sort((a, b) => a - b)
      .join(',');
    const other = seen.get(key);
    if (other !== undefined && !drop[other]) {
      drop[other] = 1;
      drop[t] = 1;
    } else seen.set(key, t);
  }
  const out: number[] = [];
  for (let t = 0; t < drop.length; t++)
    if (!drop[t]) out.push(indices[t * 3]!, indices[t * 3 + 1]!, indices[t * 3 + 2]!);
  return Uint32Array.from(out);
}

/** Vertices of half-mesh edges that would not be manifold after mirroring. */
function badHalfEdgeVertices(indices: Uint32Array, midline: Uint8Array): number[] {
  const directed = new Map<string, number>();
  for (let t = 0; t < indices.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const key = `${indices[t + e]!}_${indices[t + ((e + 1) % 3)]!}`;
      directed.set(key, (directed.get(key) ?? 0) + 1);
    }
  const bad = new Set<number>();
  for (const [key, count] of directed) {
    const [a, b] = key.split('_').map(Number) as [number, number];
    const back = directed.get(`${b}_${a}`) ?? 0;
    const border = midline[a] === 1 && midline[b] === 1;
    if (count !== 1 || (border ? back !== 0 : back !== 1)) {
      bad.add(a);
      bad.add(b);
    }
  }
  return [...bad].sort((a, b) => a - b);
}

function lockAround(pos: Float32Array, lock: Uint8Array, centres: number[], radius: number): void {
  const r2 = radius * radius;
  for (const c of centres) {
    const cx = pos[c * 3]!,
      cy = pos[c * 3 + 1]!,
      cz = pos[c * 3 + 2]!;
    for (let v = 0; v < lock.length; v++) {
      const dx = pos[v * 3]! - cx,
        dy = pos[v * 3 + 1]! - cy,
        dz = pos[v * 3 + 2]! - cz;
      if (dx * dx + dy * dy + dz * dz < r2) lock[v] = 1;
    }
  }
}

/** Number of edges not shared by exactly one triangle in each direction (0 for a closed mesh). */
export function openEdgeCount(indices: Uint32Array, vertexCount: number): number {
  const directed = new Map<number, number>();
  for (let t = 0; t < indices.length; t += 3)
    for (let e = 0; e < 3; e++) {
      const key = indices[t + e]! * vertexCount + indices[t + ((e + 1) % 3)]!;
      directed.set(key, (directed.get(key) ?? 0) + 1);
    }
  let bad = 0;
  for (const [key, count] of directed) {
    const a = Math.floor(key / vertexCount),
      b = key % vertexCount;
    if (count !== 1 || directed.get(b * vertexCount + a) !== 1) bad++;
  }
  return bad;
}

/** Mirror the left half to the right (x → -x), sharing the midline vertices. */
export function mirrorHalf(h: {
  positions: Float32Array;
  colours: Float32Array;
  midline: Uint8Array;
  indices: Uint32Array;
}): { positions: Float32Array; colours: Float32Array; indices: Uint32Array; midline: Uint8Array } {
  const n = h.midline.length;
  const mirrorOf = new Uint32Array(n);
  let count = n;
  for (let v = 0; v < n; v++) mirrorOf[v] = h.midline[v] ? v : count++;
  const positions = new Float32Array(count * 3);
  const colours = new Float32Array(count * 3);
  const midline = new Uint8Array(count);
  positions.set(h.positions);
  colours.set(h.colours);
  midline.set(h.midline);
  for (let v = 0; v < n; v++) {
    if (h.midline[v]) continue;
    const m = mirrorOf[v]!;
    positions[m * 3] = -h.positions[v * 3]!;
    positions[m * 3 + 1] = h.positions[v * 3 + 1]!;
    positions[m * 3 + 2] = h.positions[v * 3 + 2]!;
    colours.set(h.colours.subarray(v * 3, v * 3 + 3), m * 3);
  }
  const t = h.indices.length;
  const indices = new Uint32Array(t * 2);
  indices.set(h.indices);
  for (let i = 0; i < t; i += 3) {
    indices[t + i] = mirrorOf[h.indices[i]!]!;
    indices[t + i + 1] = mirrorOf[h.indices[i + 2]!]!;
    indices[t + i + 2] = mirrorOf[h.indices[i + 1]!]!;
  }
  return { positions, colours, indices, midline };
}

/** Outward normals from the field gradient (smoother than face normals of a simplified mesh). */
export function fieldNormals(
  positions: Float32Array,
  midline: Uint8Array,
  field: (p: readonly number[]) => number,
  eps = 0.0004,
): Float32Array {
  const n = positions.length / 3;
  const out = new Float32Array(n * 3);
  for (let v = 0; v < n; v++) {
    const x = Math.abs(positions[v * 3]!),
      y = positions[v * 3 + 1]!,
      z = positions[v * 3 + 2]!;
    let gx = midline[v] ? 0 : field([x + eps, y, z]) - field([Math.max(0, x - eps), y, z]);
    const gy = field([x, y + eps, z]) - field([x, y - eps, z]);
    const gz = field([x, y, z + eps]) - field([x, y, z - eps]);
    if (positions[v * 3]! < 0) gx = -gx;
    const l = Math.hypot(gx, gy, gz) || 1;
    out[v * 3] = gx / l;
    out[v * 3 + 1] = gy / l;
    out[v * 3 + 2] = gz / l;
  }
  return out;
}
