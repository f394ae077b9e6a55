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

/**
 * The body mesh in world space with plain float attributes, as the skin sits in the skeleton's
 * current pose. The glTF is quantized (positions stored as normalized integers; for the skinned
 * body the scale that undoes it lives in the skin's inverse bind matrices), which rendering
 * handles but placement and ray tests need undone.
 */
export function worldSpaceGeometry(root: Object3D): BufferGeometry {
  root.updateMatrixWorld(true);
  let body: Mesh | undefined;
  root.traverse((object) => {
    if (body === undefined && object instanceof Mesh) body = object;
  });
  if (body === undefined) throw new Error('models/body.glb contains no mesh');
  const source = body.geometry as BufferGeometry;
  const positionIn = source.getAttribute('position');
  const normalIn = source.getAttribute('normal');
  const index = source.getIndex();
  if (positionIn === undefined || normalIn === undefined || index === null)
    throw new Error('models/body.glb: the body mesh lacks positions, normals or indices');

  const skinned = body instanceof SkinnedMesh ? body : null;
  const transform = new Matrix4().copy(body.matrixWorld);
  const normalMatrix = new Matrix3().getNormalMatrix(transform);
  const positions = new Float32Array(positionIn.count * 3);
  const normals = new Float32Array(positionIn.count * 3);
  const vertex = new Vector3();
  const normal = new Vector3();
  for (let i = 0; i < positionIn.count; i++) {
    if (skinned !== null) {
      vertexSkinTransform(skinned, i, transform);
      normalTransform(transform, normalMatrix);
    }
    vertex
      .fromBufferAttribute(positionIn, i)
      .applyMatrix4(transform)
      .toArray(positions, i * 3);
    normal
      .fromBufferAttribute(normalIn, i)
      .applyMatrix3(normalMatrix)
      .normalize()
      .toArray(normals, i * 3);
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(normals, 3));
  geometry.setIndex(new BufferAttribute(Uint32Array.from(index.array as ArrayLike<number>), 1));
  return geometry;
}
