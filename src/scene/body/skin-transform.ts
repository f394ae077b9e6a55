import { Matrix3, Matrix4, type SkinnedMesh } from 'three';

const ZERO = new Matrix4().set(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

/**
 * The world transform the skin gives one vertex in the skeleton's current pose: the vertex's
 * bone matrices blended by its weights, between the mesh's bind matrices, then the mesh's own
 * world matrix. The same linear blend skinning three.js does on the GPU (and in
 * `SkinnedMesh.applyBoneTransform`), as a matrix, so positions, normals and points bound to a
 * triangle can all be carried with the skin. Bones' world matrices must be current.
 */
export function vertexSkinTransform(mesh: SkinnedMesh, vertex: number, target: Matrix4): Matrix4 {
  const joints = mesh.geometry.getAttribute('skinIndex');
  const weights = mesh.geometry.getAttribute('skinWeight');
  const { bones, boneInverses } = mesh.skeleton;
  const blended = scratch.blended.copy(ZERO);
  for (let k = 0; k < 4; k++) {
    const weight = weights.getComponent(vertex, k);
    if (weight === 0) continue;
    const joint = joints.getComponent(vertex, k);
    scratch.bone.multiplyMatrices(bones[joint]!.matrixWorld, boneInverses[joint]!);
    addScaled(blended, scratch.bone, weight);
  }
  return target
    .multiplyMatrices(mesh.bindMatrixInverse, blended)
    .multiply(mesh.bindMatrix)
    .premultiply(mesh.matrixWorld);
}

/** The matrix that carries a normal by `transform`. */
export function normalTransform(transform: Matrix4, target: Matrix3): Matrix3 {
  return target.getNormalMatrix(transform);
}

const scratch = { blended: new Matrix4(), bone: new Matrix4() };

function addScaled(sum: Matrix4, matrix: Matrix4, weight: number) {
  for (let i = 0; i < 16; i++) sum.elements[i]! += matrix.elements[i]! * weight;
}
