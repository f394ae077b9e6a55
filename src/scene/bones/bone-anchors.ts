import { Vector3, type Object3D } from 'three';

/**
 * Where each bone's label points, by the bone's node name ("vertebra-T4"): the joint of the live
 * body that carries it and the spot in that joint's frame. Filled while the bones layer is shown,
 * read by the name projector each frame, so a label follows the bone in every pose.
 */
const anchors = new Map<string, { joint: Object3D; local: Vector3 }>();

export function setBoneAnchor(node: string, joint: Object3D, local: Vector3): () => void {
  const entry = { joint, local };
  anchors.set(node, entry);
  return () => {
    if (anchors.get(node) === entry) anchors.delete(node);
  };
}

/** The bone's label spot in world space, written into `target`; false while it is not shown. */
export function boneAnchorInWorld(node: string, target: Vector3): boolean {
  const entry = anchors.get(node);
  if (entry === undefined) return false;
  target.copy(entry.local);
  entry.joint.localToWorld(target);
  return true;
}
