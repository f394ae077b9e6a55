import { BufferAttribute, BufferGeometry, Triangle, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { Vec3 } from '../../models/landmark-table';

export interface SurfacePoint {
  position: Vec3;
  /** Outward unit normal, interpolated from the mesh's vertex normals. */
  normal: Vec3;
}

/** Closest point on the body's skin to any point in space. */
export type ClosestSurfacePoint = (point: Vec3) => SurfacePoint;

/**
 * Builds an accelerated closest-point query over an indexed mesh with normals (three-mesh-bvh).
 * Used by placement both in the browser (loaded glTF) and in Node tests (decoded .glb).
 */
export function createSurfaceQuery(
  geometry: BufferGeometry,
  bvh: MeshBVH = new MeshBVH(geometry),
): ClosestSurfacePoint {
  const index = geometry.getIndex();
  const normals = geometry.getAttribute('normal');
  const positions = geometry.getAttribute('position');
  if (index === null || normals === undefined)
    throw new Error('the body mesh needs indices and normals');

  const target = { point: new Vector3(), distance: 0, faceIndex: 0 };
  const triangle = new Triangle();
  const barycentric = new Vector3();
  const corners = [new Vector3(), new Vector3(), new Vector3()] as const;
  const normal = new Vector3();

  return (point) => {
    bvh.closestPointToPoint(new Vector3(...point), target);
    const face = target.faceIndex;
    const vertexIds = [index.getX(face * 3), index.getX(face * 3 + 1), index.getX(face * 3 + 2)];
    vertexIds.forEach((id, i) => (corners[i] as Vector3).fromBufferAttribute(positions, id));
    triangle.set(corners[0], corners[1], corners[2]);
    triangle.getBarycoord(target.point, barycentric);
    normal.set(0, 0, 0);
    vertexIds.forEach((id, i) => {
      normal.x += normals.getX(id) * barycentric.getComponent(i);
      normal.y += normals.getY(id) * barycentric.getComponent(i);
      normal.z += normals.getZ(id) * barycentric.getComponent(i);
    });
    normal.normalize();
    return { position: target.point.toArray() as Vec3, normal: normal.toArray() as Vec3 };
  };
}

/** Vertices closer than this to x = 0 lie on the body's midline seam. */
const MIDLINE_TOLERANCE_M = 0.0001;

/**
 * Closest point on the midline seam of a left/right symmetric mesh (x = 0). A midline point
 * must stay on it: a free closest-point query from inside a groove (nape, spine) can land on
 * either wall, a few millimetres to one side.
 */
export function createMidlineQuery(geometry: BufferGeometry): ClosestSurfacePoint {
  const positions = geometry.getAttribute('position');
  const normals = geometry.getAttribute('normal');
  const index = geometry.getIndex();
  if (index === null || normals === undefined)
    throw new Error('the body mesh needs indices and normals');
  const onMidline = (id: number) => Math.abs(positions.getX(id)) < MIDLINE_TOLERANCE_M;
  const segments: [number, number][] = [];
  const seen = new Set<string>();
  for (let face = 0; face < index.count / 3; face++) {
    const ids = [index.getX(face * 3), index.getX(face * 3 + 1), index.getX(face * 3 + 2)];
    for (let k = 0; k < 3; k++) {
      const a = ids[k]!;
      const b = ids[(k + 1) % 3]!;
      const key = a < b ? `${a}-${b}` : `${b}-${a}`;
      if (onMidline(a) && onMidline(b) && !seen.has(key)) {
        seen.add(key);
        segments.push([a, b]);
      }
    }
  }
  if (segments.length === 0) throw new Error('the body mesh has no midline seam at x = 0');

  const a = new Vector3();
  const b = new Vector3();
  const p = new Vector3();
  const onSegment = new Vector3();
  return (point) => {
    p.set(0, point[1], point[2]);
    let best = { distance: Infinity, a: 0, b: 0, t: 0, position: new Vector3() };
    for (const [ia, ib] of segments) {
      a.fromBufferAttribute(positions, ia);
      b.fromBufferAttribute(positions, ib);
      const ab = b.clone().sub(a);
      const t = Math.min(1, Math.max(0, p.clone().sub(a).dot(ab) / ab.lengthSq()));
      onSegment.copy(a).addScaledVector(ab, t);
      const distance = onSegment.distanceTo(p);
      if (distance < best.distance)
        best = { distance, a: ia, b: ib, t, position: onSegment.clone() };
    }
    const normal = new Vector3()
      .fromBufferAttribute(normals, best.a)
      .multiplyScalar(1 - best.t)
      .add(new Vector3().fromBufferAttribute(normals, best.b).multiplyScalar(best.t))
      .setX(0)
      .normalize();
    return { position: [0, best.position.y, best.position.z], normal: normal.toArray() as Vec3 };
  };
}

/** An indexed BufferGeometry from raw arrays (as decoded from the .glb in Node). */
export function geometryFromArrays(
  positions: ArrayLike<number>,
  normals: ArrayLike<number>,
  indices: ArrayLike<number>,
): BufferGeometry {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(Float32Array.from(positions), 3));
  geometry.setAttribute('normal', new BufferAttribute(Float32Array.from(normals), 3));
  geometry.setIndex(new BufferAttribute(Uint32Array.from(indices), 1));
  return geometry;
}
