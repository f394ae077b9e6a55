/** Minimal 3-vector helpers for the generator (plain tuples keep the data JSON-friendly). */
export type V3 = [number, number, number];

export const v3 = (x: number, y: number, z: number): V3 => [x, y, z];
export const add = (a: V3, b: V3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: V3, s: number): V3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: V3, b: V3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: V3, b: V3): V3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const len = (a: V3): number => Math.hypot(a[0], a[1], a[2]);
export const norm = (a: V3): V3 => scale(a, 1 / (len(a) || 1));
export const lerp = (a: V3, b: V3, t: number): V3 => add(a, scale(sub(b, a), t));
/** Point a + u·du + v·dv + w·dw: position in a local frame. */
export const along = (a: V3, du: V3, u: number, dv?: V3, v = 0, dw?: V3, w = 0): V3 => {
  let p = add(a, scale(du, u));
  if (dv) p = add(p, scale(dv, v));
  if (dw) p = add(p, scale(dw, w));
  return p;
};
/** Rotate v about unit axis k by angle (radians), Rodrigues. */
export const rotate = (v: V3, k: V3, angle: number): V3 => {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return add(add(scale(v, c), scale(cross(k, v), s)), scale(k, dot(k, v) * (1 - c)));
};
export const mirrorX = (a: readonly number[]): V3 => [-(a[0] ?? 0), a[1] ?? 0, a[2] ?? 0];
export const deg = (d: number): number => (d * Math.PI) / 180;
