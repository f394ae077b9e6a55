/** Geometric queries shared by the generator and the tests. */
import type { V3 } from '../sdf/vec';

/** From a point inside the body, walk along dir to the skin and bisect the field's zero. */
export function castToSurface(
  field: (p: readonly number[]) => number,
  seed: V3,
  dir: V3,
  maxDist = 0.3,
): V3 {
  const l = Math.hypot(dir[0], dir[1], dir[2]);
  const d: V3 = [dir[0] / l, dir[1] / l, dir[2] / l];
  const at = (t: number): V3 => [seed[0] + d[0] * t, seed[1] + d[1] * t, seed[2] + d[2] * t];
  if (field(seed) >= 0)
    throw new Error(
      `landmark seed ${seed.map((v) => v.toFixed(3)).join(',')} is not inside the body`,
    );
  const step = 0.0005;
  let t = 0;
  while (field(at(t + step)) < 0) {
    t += step;
    if (t > maxDist) throw new Error('landmark cast found no skin');
  }
  let lo = t,
    hi = t + step;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (field(at(mid)) < 0) lo = mid;
    else hi = mid;
  }
  return at((lo + hi) / 2);
}

export function gradient(field: (p: readonly number[]) => number, p: V3, eps = 0.0003): V3 {
  const g: V3 = [
    field([p[0] + eps, p[1], p[2]]) - field([p[0] - eps, p[1], p[2]]),
    field([p[0], p[1] + eps, p[2]]) - field([p[0], p[1] - eps, p[2]]),
    field([p[0], p[1], p[2] + eps]) - field([p[0], p[1], p[2] - eps]),
  ];
  const l = Math.hypot(...g) || 1;
  return [g[0] / l, g[1] / l, g[2] / l];
}

/** Closest point on triangle abc to p (Ericson, Real-Time Collision Detection, 5.1.5). */
export function closestOnTriangle(p: V3, a: V3, b: V3, c: V3): V3 {
  const sub = (u: V3, v: V3): V3 => [u[0] - v[0], u[1] - v[1], u[2] - v[2]];
  const dot = (u: V3, v: V3): number => u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
  const ab = sub(b, a),
    ac = sub(c, a),
    ap = sub(p, a);
  const d1 = dot(ab, ap),
    d2 = dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return a;
  const bp = sub(p, b);
  const d3 = dot(ab, bp),
    d4 = dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return b;
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) {
    const v = d1 / (d1 - d3);
    return [a[0] + ab[0] * v, a[1] + ab[1] * v, a[2] + ab[2] * v];
  }
  const cp = sub(p, c);
  const d5 = dot(ab, cp),
    d6 = dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return c;
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) {
    const w = d2 / (d2 - d6);
    return [a[0] + ac[0] * w, a[1] + ac[1] * w, a[2] + ac[2] * w];
  }
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
    return [b[0] + (c[0] - b[0]) * w, b[1] + (c[1] - b[1]) * w, b[2] + (c[2] - b[2]) * w];
  }
  const denom = 1 / (va + vb + vc);
  const v = vb * denom,
    w = vc * denom;
  return [a[0] + ab[0] * v + ac[0] * w, a[1] + ab[1] * v + ac[1] * w, a[2] + ab[2] * v + ac[2] * w];
}

/** Closest point on a triangle mesh (brute force with a cheap bounding-sphere reject). */
export function closestOnMesh(
  p: V3,
  positions: ArrayLike<number>,
  indices: ArrayLike<number>,
): { point: V3; distance: number; triangle: number } {
  let best: V3 = [0, 0, 0];
  let bestD = Infinity;
  let bestT = -1;
  const P = (i: number): V3 => [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!];
  for (let t = 0; t < indices.length; t += 3) {
    const a = P(indices[t]!);
    const quick = Math.hypot(a[0] - p[0], a[1] - p[1], a[2] - p[2]);
    if (quick > bestD + 0.05) continue; // triangles are far smaller than 5 cm
    const q = closestOnTriangle(p, a, P(indices[t + 1]!), P(indices[t + 2]!));
    const d = Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]);
    if (d < bestD) {
      bestD = d;
      best = q;
      bestT = t / 3;
    }
  }
  return { point: best, distance: bestD, triangle: bestT };
}
