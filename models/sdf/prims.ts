/** Primitive constructors used by the shape files. */
import { cross, norm, type V3 } from './vec';
import { prim, type SdfNode } from './tree';

const X: V3 = [1, 0, 0];
const Y: V3 = [0, 1, 0];
const Z: V3 = [0, 0, 1];

type In = Readonly<V3>;
const copy = (v: In): V3 => [v[0], v[1], v[2]];

/** Axis-aligned ellipsoid with radii (x, y, z). */
export const ell = (centre: In, radii: In): SdfNode =>
  prim({ type: 'ellipsoid', centre: copy(centre), axes: [X, Y, Z], radii: copy(radii) });

/**
 * Ellipsoid whose first radius lies along `dir`; the second lies in the plane of dir and `up`,
 * the third is perpendicular to both.
 */
export const ellAlong = (centre: In, dir: In, up: In, radii: In): SdfNode => {
  const u = norm(copy(dir));
  const w = norm(cross(u, copy(up)));
  const v = cross(w, u);
  return prim({ type: 'ellipsoid', centre: copy(centre), axes: [u, v, w], radii: copy(radii) });
};

export const cone = (a: In, b: In, ra: number, rb: number): SdfNode =>
  prim({ type: 'cone', a: copy(a), b: copy(b), ra, rb });
export const capsule = (a: In, b: In, r: number): SdfNode => cone(a, b, r, r);
export const sphere = (c: In, r: number): SdfNode => ell(c, [r, r, r]);
