import { useGLTF } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useLayoutEffect } from 'react';
import {
  BackSide,
  MeshBasicMaterial,
  Vector3,
  type Material,
  type Mesh,
  type Object3D,
} from 'three';
import type { BoneNodeExtras } from '../../../models/bones/glb';
import { BONES_URL } from '../body/body-files';
import { SEE_THROUGH_SKIN_MATERIAL } from '../body/skin-material';
import { useSceneStore } from '../scene-store';
import { setBoneAnchor } from './bone-anchors';

/**
 * The far side of the skin, written to depth only and drawn before the bones: a bone shows
 * through the near skin of its own limb, while the bones of a limb behind it (the far foot behind
 * the near one) stay hidden, as the limb in front would hide them.
 */
const SKIN_FAR_SIDE_DEPTH = new MeshBasicMaterial({ side: BackSide, colorWrite: false });

/**
 * The bones under a see-through skin. Each bone of the generated layer hangs under the joint of
 * the live body that carries it, so it follows every pose and every move into one; its label
 * spot is registered for the name projector. Loaded only when asked (a chunk and a file of its
 * own): the body's first frame never waits for it.
 */
export default function BonesLayer() {
  const gltf = useGLTF(BONES_URL, false, true);
  const body = useSceneStore((state) => state.liveBody);
  const invalidate = useThree((state) => state.invalidate);

  useLayoutEffect(() => {
    if (body === null) return;
    const undo: (() => void)[] = [];
    for (const node of gltf.scene.children) {
      const extras = node.userData as Partial<BoneNodeExtras>;
      const joint = extras.rig === undefined ? undefined : findJoint(body, extras.rig);
      if (joint === undefined || extras.anchor === undefined) continue;
      const bone = node.clone();
      joint.add(bone);
      undo.push(() => bone.removeFromParent());
      undo.push(setBoneAnchor(node.name, joint, new Vector3(...extras.anchor)));
    }
    // The skin turns see-through only over bones that are there to be seen.
    if (undo.length > 0) undo.push(wearSkin(body, SEE_THROUGH_SKIN_MATERIAL));
    invalidate();
    return () => {
      for (const step of undo) step();
      invalidate();
    };
  }, [gltf.scene, body, invalidate]);
  return null;
}

/** The body's joint of that name. */
function findJoint(body: Object3D, name: string): Object3D | undefined {
  let found: Object3D | undefined;
  body.traverse((object) => {
    if (found === undefined && object.name === name && (object as { isBone?: boolean }).isBone)
      found = object;
  });
  return found;
}

/** Dresses the body's skin in `material`; returns what puts its own back. */
function wearSkin(body: Object3D, material: Material): () => void {
  const worn: [Mesh, Material | Material[], Mesh][] = [];
  body.traverse((object) => {
    const mesh = object as Mesh;
    if (mesh.isMesh && (mesh as { isSkinnedMesh?: boolean }).isSkinnedMesh)
      worn.push([mesh, mesh.material, farSideOf(mesh)]);
  });
  for (const [mesh, , farSide] of worn) {
    mesh.material = material;
    mesh.parent?.add(farSide);
  }
  return () => {
    for (const [mesh, own, farSide] of worn) {
      mesh.material = own;
      farSide.removeFromParent();
    }
  };
}

/** A twin of the skinned skin (same geometry and skeleton) that writes its far side's depth. */
function farSideOf(skin: Mesh): Mesh {
  const twin = skin.clone();
  twin.material = SKIN_FAR_SIDE_DEPTH;
  twin.name = `${skin.name}-far-side`;
  // Drawn before every opaque bone, so the bones test against it.
  twin.renderOrder = -1;
  // Only the skin itself answers a tap or a line of sight.
  twin.raycast = () => undefined;
  return twin;
}
