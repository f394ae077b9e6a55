import { MeshStandardMaterial, type Mesh, type Object3D } from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { withSkinZones } from './skin-zones';

/** Skin as soft clay: the vertex colours carry hairline, nails and lips; no environment map. */
function skinMaterial(seeThrough?: { opacity: number }): MeshStandardMaterial {
  const material = new MeshStandardMaterial({
    vertexColors: true,
    roughness: 0.72,
    metalness: 0,
    ...(seeThrough === undefined
      ? {}
      : { transparent: true, opacity: seeThrough.opacity, depthWrite: false }),
  });
  withSkinZones(material);
  return material;
}

export const SKIN_MATERIAL = skinMaterial();

/**
 * The skin over the bones layer: enough of it shows to keep the body's outline. A material of
 * its own, worn by the live body only, so no other picture of the body turns see-through.
 */
export const SEE_THROUGH_SKIN_MATERIAL = skinMaterial({ opacity: 0.32 });

/**
 * A copy of the loaded body wearing the skin material; the cached original stays untouched. The
 * copy has bones of its own (SkeletonUtils), so posing it leaves the original at rest.
 */
export function dressedBody(scene: Object3D): Object3D {
  const body = cloneSkinned(scene);
  body.traverse((object) => {
    if ((object as Mesh).isMesh) (object as Mesh).material = SKIN_MATERIAL;
  });
  return body;
}
