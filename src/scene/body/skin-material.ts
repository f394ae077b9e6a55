import { MeshStandardMaterial, type Mesh, type Object3D } from 'three';

/** Skin as soft clay: the vertex colours carry hairline, nails and lips; no environment map. */
export const SKIN_MATERIAL = new MeshStandardMaterial({
  vertexColors: true,
  roughness: 0.72,
  metalness: 0,
});

/** A copy of the loaded body wearing the skin material; the cached original stays untouched. */
export function dressedBody(scene: Object3D): Object3D {
  const body = scene.clone();
  body.traverse((object) => {
    if ((object as Mesh).isMesh) (object as Mesh).material = SKIN_MATERIAL;
  });
  return body;
}
