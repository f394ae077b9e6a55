import { Mesh, MeshBasicMaterial, type Intersection, type Object3D, type Raycaster } from 'three';
import { acceleratedRaycast, type MeshBVH } from 'three-mesh-bvh';

/**
 * How close the camera may come to skin that lies between it and what it looks at. The
 * controls' own near limit is measured from the target; this keeps the camera out of a leg it
 * would otherwise back into (pinching out after a pan) and off the skin it turns past.
 */
export const SKIN_CLEARANCE_M = 0.05;

/**
 * The posed skin as something the camera controls collide with (their `colliderMeshes`): they
 * cast rays from the target toward the camera and stop the camera before the first hit. Only
 * the skin's outside counts (a target inside the body, after a pan, still looks out), and skin
 * within the clearance of the target is the target's own, not in the way.
 */
export function skinCollider(skin: MeshBVH): Object3D {
  const material = new MeshBasicMaterial();
  const mesh = new Mesh(skin.geometry, material);
  mesh.geometry.boundsTree = skin;
  mesh.raycast = function raycastSkin(raycaster: Raycaster, found: Intersection[]) {
    const hits: Intersection[] = [];
    acceleratedRaycast.call(this, raycaster, hits);
    for (const hit of hits)
      if (hit.distance > SKIN_CLEARANCE_M)
        found.push({ ...hit, distance: hit.distance - SKIN_CLEARANCE_M });
  };
  mesh.updateMatrixWorld(true);
  return mesh;
}
