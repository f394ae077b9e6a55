/**
 * Put a three.js skeleton in a named pose: pure three.js math (Bone, Quaternion), no Node APIs,
 * so the app imports it as well as the model's tests. See poses.ts for what the numbers mean;
 * pose-rig.ts adds the Node-side posing of the decoded body.
 */
import { Euler, Quaternion, Vector3, type Object3D, type Skeleton } from 'three';
import { POSES, type JointRotation, type Pose, type PoseName } from './poses';
import { BONE_NAMES, boneName, boneSlot, type BoneName, type BoneSlot } from './rig';

/** The bone whose rest offset gives a bone's own length direction (its twist axis). */
const AXIS_CHILD: Partial<Record<BoneSlot, BoneSlot>> = {
  pelvis: 'spine-lumbar',
  'spine-lumbar': 'spine-chest',
  'spine-chest': 'neck',
  neck: 'head',
  shoulder: 'upper-arm',
  'upper-arm': 'forearm',
  forearm: 'forearm-twist',
  'forearm-twist': 'hand',
  thigh: 'shin',
  shin: 'foot',
  foot: 'toes',
};

/** A twist given on a forearm is shared out along it (pronation happens along the forearm). */
export const FOREARM_TWIST_SHARE = { forearm: 1 / 3, 'forearm-twist': 1 / 3, hand: 1 / 3 } as const;

const DEG = Math.PI / 180;

export type BoneLookup = (name: BoneName) => Object3D | undefined;

/** Find the pose's bones by name in a Skeleton, a list of bones or any object tree. */
export function boneLookup(target: Skeleton | readonly Object3D[] | Object3D): BoneLookup {
  const byName = new Map<string, Object3D>();
  const add = (o: Object3D): void => {
    if (o.name && !byName.has(o.name)) byName.set(o.name, o);
  };
  if (Array.isArray(target)) (target as readonly Object3D[]).forEach(add);
  else if ('bones' in target) (target as Skeleton).bones.forEach(add);
  else (target as Object3D).traverse(add);
  return (name) => byName.get(name);
}

const resolvePose = (pose: Pose | PoseName): Pose =>
  typeof pose === 'string' ? POSES[pose] : pose;

/** A bone's own length direction at rest, in its parent's frame (its rest rotation is identity). */
function restAxis(find: BoneLookup, name: BoneName): Vector3 {
  const { slot, side } = boneSlot(name);
  const child = AXIS_CHILD[slot];
  const childBone = child ? find(boneName(child, side ?? 'left')) : undefined;
  const v = (childBone ?? find(name))!.position.clone();
  return v.lengthSq() > 0 ? v.normalize() : new Vector3(0, -1, 0);
}

function eulerOf(r: JointRotation, right: boolean): Quaternion {
  const s = right ? -1 : 1;
  return new Quaternion().setFromEuler(
    new Euler((r.x ?? 0) * DEG, s * (r.y ?? 0) * DEG, s * (r.z ?? 0) * DEG, 'XYZ'),
  );
}

/**
 * Local rotation of every bone for a pose, as quaternions keyed by bone name (rest rotations
 * are the identity, so these are the bones' whole local rotations).
 */
export function poseRotations(find: BoneLookup, pose: Pose | PoseName): Map<BoneName, Quaternion> {
  const p = resolvePose(pose);
  const out = new Map<BoneName, Quaternion>();
  for (const name of BONE_NAMES) out.set(name, new Quaternion());
  for (const name of BONE_NAMES) {
    const r = p.joints[name];
    if (!r) continue;
    const { slot, side } = boneSlot(name);
    const right = side === 'right';
    const twist = (r.twist ?? 0) * (right ? -1 : 1) * DEG;
    const euler = eulerOf(r, right);
    if (slot === 'forearm' && twist !== 0) {
      const s = side ?? 'left';
      const share = (bone: BoneName, k: number): Quaternion =>
        new Quaternion().setFromAxisAngle(restAxis(find, bone), twist * k);
      // The forearm twists about its own length, then bends at the elbow.
      out.get(name)!.premultiply(share(name, FOREARM_TWIST_SHARE.forearm)).premultiply(euler);
      const mid = boneName('forearm-twist', s);
      out.get(mid)!.premultiply(share(mid, FOREARM_TWIST_SHARE['forearm-twist']));
      // The hand's share turns it about the forearm's length after the wrist has bent.
      const hand = boneName('hand', s);
      out.get(hand)!.premultiply(share(hand, FOREARM_TWIST_SHARE.hand));
      continue;
    }
    const q = out.get(name)!;
    if (twist !== 0) q.premultiply(new Quaternion().setFromAxisAngle(restAxis(find, name), twist));
    if (slot === 'hand')
      q.multiply(euler); // the wrist bends before the forearm's twist share
    else q.premultiply(euler);
  }
  return out;
}

/**
 * Put a skeleton in a pose: every named bone's rotation is set (bones the pose does not name go
 * back to rest), the pelvis goes to the pose's root place. Bones are found by name in a
 * Skeleton, a list of bones, or an object tree such as a loaded glTF scene.
 */
export function applyPose(
  target: Skeleton | readonly Object3D[] | Object3D,
  pose: Pose | PoseName,
): void {
  const p = resolvePose(pose);
  const find = boneLookup(target);
  const rotations = poseRotations(find, p);
  for (const name of BONE_NAMES) {
    const bone = find(name);
    if (!bone) throw new Error(`the skeleton has no bone "${name}"`);
    bone.quaternion.copy(rotations.get(name)!);
  }
  const pelvis = find('pelvis')!;
  pelvis.position.set(...p.root.position);
  pelvis.quaternion.premultiply(eulerOf(p.root.rotation, false));
  for (const name of BONE_NAMES) find(name)!.updateMatrix();
  pelvis.updateMatrixWorld(true);
}
