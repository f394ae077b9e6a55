import {
  BufferAttribute,
  BufferGeometry,
  Matrix3,
  Matrix4,
  Mesh,
  SkinnedMesh,
  Vector3,
  type Object3D,
} from 'three';
import { normalTransform, vertexSkinTransform } from './skin-transform';

/** Reads single vertices of the body's skin in world space, as the skeleton is posed now. */
export interface SkinReader {
  vertexCount: number;
  read(vertex: number, position: Vector3, normal: Vector3): void;
}

/**
 * A reader for the body mesh under `root`. The glTF is quantized (positions stored as normalized
 * integers; for the skinned body the scale that undoes it lives in the skin's inverse bind
 * matrices), which rendering handles but placement and ray tests need undone. Bones' world
 * matrices must be current (`root.updateMatrixWorld(true)`), and stay so while it is used.
 */
export function skinReader(root: Object3D): SkinReader {
  root.updateMatrixWorld(true);
  const body = bodyMesh(root);
  const source = body.geometry as BufferGeometry;
  const positionIn = source.getAttribute('position');
  const normalIn = source.getAttribute('normal');
  if (positionIn === undefined || normalIn === undefined)
    throw new Error('models/body.glb: the body mesh lacks positions or normals');

  const skinned = body instanceof SkinnedMesh ? body : null;
  const transform = new Matrix4().copy(body.matrixWorld);
  const normalMatrix = new Matrix3().getNormalMatrix(transform);
  return {
    vertexCount: positionIn.count,
    read(vertex, position, normal) {
      if (skinned !== null) {
        vertexSkinTransform(skinned, vertex, transform);
        normalTransform(transform, normalMatrix);
      }
      position.fromBufferAttribute(positionIn, vertex).applyMatrix4(transform);
      normal.fromBufferAttribute(normalIn, vertex).applyMatrix3(normalMatrix).normalize();
    },
  };
}

/** Vertices read between two pauses when the body is read in slices. */
const VERTICES_PER_SLICE = 2000;

/**
 * The body mesh in world space with plain float attributes, as the skin sits in the skeleton's
 * current pose. With `pause`, the reading stops every few thousand vertices and waits for it,
 * so the page can answer input in between.
 */
export function worldSpaceGeometry(root: Object3D): BufferGeometry;
export function worldSpaceGeometry(
  root: Object3D,
  pause: () => Promise<void>,
): Promise<BufferGeometry>;
export function worldSpaceGeometry(
  root: Object3D,
  pause?: () => Promise<void>,
): BufferGeometry | Promise<BufferGeometry> {
  const reading = readWorldSpace(root);
  if (pause === undefined) {
    let step = reading.next();
    while (step.done !== true) step = reading.next();
    return step.value;
  }
  return (async () => {
    let step = reading.next();
    while (step.done !== true) {
      await pause();
      step = reading.next();
    }
    return step.value;
  })();
}

function* readWorldSpace(root: Object3D): Generator<void, BufferGeometry, void> {
  const reader = skinReader(root);
  const index = (bodyMesh(root).geometry as BufferGeometry).getIndex();
  if (index === null) throw new Error('models/body.glb: the body mesh lacks indices');
  const indices = Uint32Array.from(index.array as ArrayLike<number>);
  const positions = new Float32Array(reader.vertexCount * 3);
  const normals = new Float32Array(reader.vertexCount * 3);
  const vertex = new Vector3();
  const normal = new Vector3();
  for (let i = 0; i < reader.vertexCount; i++) {
    if (i > 0 && i % VERTICES_PER_SLICE === 0) yield;
    reader.read(i, vertex, normal);
    vertex.toArray(positions, i * 3);
    normal.toArray(normals, i * 3);
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(normals, 3));
  geometry.setIndex(new BufferAttribute(indices, 1));
  return geometry;
}

/** The body's mesh under `root` (models/body.glb holds one). */
export function bodyMesh(root: Object3D): Mesh {
  let body: Mesh | undefined;
  root.traverse((object) => {
    if (body === undefined && object instanceof Mesh) body = object;
  });
  if (body === undefined) throw new Error('models/body.glb contains no mesh');
  return body;
}

/** The same mesh where it must be the skinned, posable one. */
export function skinnedBodyMesh(root: Object3D): SkinnedMesh {
  const body = bodyMesh(root);
  if (!(body instanceof SkinnedMesh)) throw new Error('models/body.glb has no skinned mesh');
  return body;
}
