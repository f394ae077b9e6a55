import { Quaternion, Vector3, type Object3D } from 'three';
import { applyPose, boneLookup } from '../../../models/pose-apply';
import type { PoseName } from '../../../models/poses';
import { BONE_NAMES } from '../../../models/rig';

interface BoneMove {
  bone: Object3D;
  from: { quaternion: Quaternion; position: Vector3 };
  to: { quaternion: Quaternion; position: Vector3 };
}

/** A body's way from the pose it is in to another: every bone's rotation and place at both ends. */
export interface PoseTransition {
  moves: BoneMove[];
  root: Object3D;
}

const stateOf = (bone: Object3D) => ({
  quaternion: bone.quaternion.clone(),
  position: bone.position.clone(),
});

export function planPoseTransition(body: Object3D, pose: PoseName): PoseTransition {
  const find = boneLookup(body);
  const bones = BONE_NAMES.map((name) => {
    const bone = find(name);
    if (bone === undefined) throw new Error(`the body has no bone "${name}"`);
    return bone;
  });
  const from = bones.map(stateOf);
  applyPose(body, pose);
  const moves = bones.map((bone, i) => ({ bone, from: from[i]!, to: stateOf(bone) }));
  const transition = { moves, root: find('pelvis')! };
  stepPoseTransition(transition, 0);
  return transition;
}

/** Puts the body `share` (0 to 1) of the way along, eased in and out. */
export function stepPoseTransition({ moves, root }: PoseTransition, share: number): void {
  const t = easeInOut(Math.min(1, Math.max(0, share)));
  for (const { bone, from, to } of moves) {
    bone.quaternion.slerpQuaternions(from.quaternion, to.quaternion, t);
    bone.position.lerpVectors(from.position, to.position, t);
    bone.updateMatrix();
  }
  root.updateMatrixWorld(true);
}

const easeInOut = (t: number) => t * t * (3 - 2 * t);
