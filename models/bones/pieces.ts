/**
 * The shapes a stylised bone is made of, as three.js geometry: an ellipsoid with its own axes,
 * and a capsule from one point to another. Low segment counts: the bones are seen through a
 * see-through skin, in software WebGL.
 */
import {
  BufferGeometry,
  CapsuleGeometry,
  Matrix4,
  Quaternion,
  SphereGeometry,
  Vector3,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { V3 } from '../sdf/vec';

const SEGMENTS = { around: 12, along: 8, capRings: 3 } as const;

export interface Axes {
  x: V3;
  y: V3;
  z: V3;
}

const WORLD_AXES: Axes = { x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 1] };

/** An ellipsoid at `centre` with half-lengths `radii` along `axes` (world axes by default). */
export function ellipsoid(centre: V3, radii: V3, axes: Axes = WORLD_AXES): BufferGeometry {
  const geometry = new SphereGeometry(1, SEGMENTS.around, SEGMENTS.along);
  geometry.scale(radii[0], radii[1], radii[2]);
  const basis = new Matrix4().makeBasis(
    new Vector3(...axes.x).normalize(),
    new Vector3(...axes.y).normalize(),
    new Vector3(...axes.z).normalize(),
  );
  geometry.applyMatrix4(basis.setPosition(...centre));
  return geometry;
}

/** A rod with rounded ends from `a` to `b`. */
export function capsule(a: V3, b: V3, radius: number): BufferGeometry {
  const from = new Vector3(...a);
  const direction = new Vector3(...b).sub(from);
  const length = direction.length();
  const geometry = new CapsuleGeometry(
    radius,
    Math.max(length, 1e-6),
    SEGMENTS.capRings,
    SEGMENTS.around,
  );
  const turn = new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), direction.normalize());
  geometry.applyQuaternion(turn);
  geometry.translate(
    ...from
      .add(new Vector3(...b))
      .multiplyScalar(0.5)
      .toArray(),
  );
  return geometry;
}

/** One bone's pieces as one indexed geometry with positions and normals only. */
export function merged(pieces: BufferGeometry[]): BufferGeometry {
  for (const piece of pieces) piece.deleteAttribute('uv');
  const geometry = mergeGeometries(pieces, false);
  if (geometry === null) throw new Error('bone pieces could not be merged');
  geometry.computeVertexNormals();
  return geometry;
}
