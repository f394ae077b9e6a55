/** Primitive constructors used by the shape files. */
import { cross, norm, type V3 } from './vec';
import { prim, type SdfNode } from './tree';

const X: V3 = [1, 0, 0];
const Y: V3 = [0, 1, 0];
const Z: V3 = [0, 0, 1];

/** Axis-aligned ellipsoid with radii (x, y, z). */
export const ell = (centre: V3, radii: V3): SdfNode =>
  prim({ type: 'ellipsoid', centre, axes: [X, Y, Z], radii });

/**
 * Ellipsoid whose first radius lies along `dir`; the second lies in the plane of dir and `up`,
 * the third is perpendicular to both.
 */
export const ellAlong = (centre: V3, dir: V3, up: V3, radii: V3): SdfNode => {
  const u = norm(dir);
  const w = norm(cross(u, up));
  const v = cross(w, u);
  return prim({ type: 'ellipsoid', centre, axes: [u, v, w], radii });
};

export const cone = (a: V3, b: V3, ra: number, rb: number): SdfNode =>
  prim({ type: 'cone', a, b, ra, rb });
export const capsule = (a: V3, b: V3, r: number): SdfNode => cone(a, b, r, r);
export const sphere = (c: V3, r: number): SdfNode => ell(c, [r, r, r]);
