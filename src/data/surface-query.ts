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
export function createSurfaceQuery(geometry: BufferGeometry): ClosestSurfacePoint {
  const bvh = new MeshBVH(geometry);
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
