/**
 * Apply a named pose to a three.js skeleton, and pose the decoded body on the CPU.
 *
 *   applyPose(skeletonOrRoot, 'sitting')   sets the bones' rotations (and the pelvis's place)
 *   posedPositions(decodedBody, 'sitting') the posed vertex positions (Node, for tests)
 *   skinnedPositions(skinnedMesh)          the posed vertex positions of a three SkinnedMesh
 *
 * Pure three.js math (Bone, Quaternion, Matrix4): no WebGL, works in Node and the browser.
 * See poses.ts for what the numbers mean.
 */
import { Bone, Matrix4, Vector3, type SkinnedMesh } from 'three';
import { skinPositions, type DecodedBody, type DecodedSkin } from './mesh/read-glb';
import { applyPose } from './pose-apply';
import type { Pose, PoseName } from './poses';

export {
  applyPose,
  boneLookup,
  FOREARM_TWIST_SHARE,
  poseRotations,
  type BoneLookup,
} from './pose-apply';

/** Three.js bones for a decoded skin, at rest, with their hierarchy (for Node-side posing). */
export function bonesOf(skin: DecodedSkin): Bone[] {
  const bones = skin.boneNames.map((name, j) => {
    const b = new Bone();
    b.name = name;
    b.position.fromArray(skin.restTranslations, j * 3);
    b.quaternion.fromArray(skin.restRotations, j * 4);
    return b;
  });
  skin.parents.forEach((p, j) => {
    if (p >= 0) bones[p]!.add(bones[j]!);
  });
  bones[0]!.updateMatrixWorld(true);
  return bones;
}

/** Every joint's world matrix in a pose (column-major, 16 per joint, in the skin's order). */
export function posedWorldMatrices(skin: DecodedSkin, pose: Pose | PoseName): Float64Array {
  const bones = bonesOf(skin);
  applyPose(bones, pose);
  const out = new Float64Array(bones.length * 16);
  bones.forEach((b, j) => out.set(b.matrixWorld.elements, j * 16));
  return out;
}

/** The decoded body's vertex positions in a pose (linear blend skinning, as three does it). */
export function posedPositions(body: DecodedBody, pose: Pose | PoseName): Float64Array {
  if (!body.skin) throw new Error('the body has no skin');
  return skinPositions(body.skin, posedWorldMatrices(body.skin, pose));
}

/**
 * The vertex positions of a three SkinnedMesh as drawn (its bones' current pose), in world
 * space: for placing markers on a posed body or building a BVH of it.
 */
export function skinnedPositions(mesh: SkinnedMesh): Float32Array {
  mesh.updateMatrixWorld(true);
  mesh.skeleton.update();
  const position = mesh.geometry.getAttribute('position');
  const out = new Float32Array(position.count * 3);
  const v = new Vector3();
  const toWorld = new Matrix4().copy(mesh.matrixWorld);
  for (let i = 0; i < position.count; i++) {
    v.fromBufferAttribute(position, i);
    mesh.applyBoneTransform(i, v);
    v.applyMatrix4(toWorld).toArray(out, i * 3);
  }
  return out;
}
