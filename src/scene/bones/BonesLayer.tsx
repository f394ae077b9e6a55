import { useGLTF } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import { Vector3, type Object3D } from 'three';
import type { BoneNodeExtras } from '../../../models/bones/glb';
import { BONES_URL } from '../body/body-files';
import { SKIN_MATERIAL } from '../body/skin-material';
import { useSceneStore } from '../scene-store';
import { setBoneAnchor } from './bone-anchors';

/** How much of the skin still shows over the bones: enough to keep the body's outline. */
const SEE_THROUGH_SKIN_OPACITY = 0.32;

/**
 * The bones under a see-through skin. Each bone of the generated layer hangs under the joint of
 * the live body that carries it, so it follows every pose and every move into one; its label
 * spot is registered for the name projector. Loaded only when asked (a chunk and a file of its
 * own): the body's first frame never waits for it.
 */
export default function BonesLayer() {
  const gltf = useGLTF(BONES_URL, false, true);
  const scene = useThree((state) => state.scene);
  const invalidate = useThree((state) => state.invalidate);
  const bodyShown = useSceneStore((state) => state.status !== 'loading');

  useLayoutEffect(() => {
    if (!bodyShown) return;
    const undo: (() => void)[] = [];
    for (const node of gltf.scene.children) {
      const extras = node.userData as Partial<BoneNodeExtras>;
      const joint = extras.rig === undefined ? undefined : findJoint(scene, extras.rig);
      if (joint === undefined || extras.anchor === undefined) continue;
      const bone = node.clone();
      joint.add(bone);
      undo.push(() => bone.removeFromParent());
      undo.push(setBoneAnchor(node.name, joint, new Vector3(...extras.anchor)));
    }
    seeThroughSkin(true);
    invalidate();
    return () => {
      for (const step of undo) step();
      seeThroughSkin(false);
      invalidate();
    };
  }, [gltf.scene, scene, bodyShown, invalidate]);
  return null;
}

/** The live body's joint of that name: the body is the only skinned thing in the scene. */
function findJoint(scene: Object3D, name: string): Object3D | undefined {
  let found: Object3D | undefined;
  scene.traverse((object) => {
    if (found === undefined && object.name === name && (object as { isBone?: boolean }).isBone)
      found = object;
  });
  return found;
}

function seeThroughSkin(on: boolean) {
  SKIN_MATERIAL.transparent = on;
  SKIN_MATERIAL.opacity = on ? SEE_THROUGH_SKIN_OPACITY : 1;
  SKIN_MATERIAL.depthWrite = !on;
  SKIN_MATERIAL.needsUpdate = true;
}
