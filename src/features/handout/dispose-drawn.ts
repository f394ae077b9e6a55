import type { Material, Mesh, Object3D } from 'three';

/**
 * Frees the geometry and materials of marks drawn for one picture (dots, the guide): each
 * picture makes its own, and a handout of 24 pictures would otherwise keep them all.
 */
export function disposeDrawn(objects: readonly Object3D[]): void {
  for (const object of objects)
    object.traverse((child) => {
      const mesh = child as Mesh;
      if (mesh.geometry === undefined) return;
      mesh.geometry.dispose();
      const materials: Material[] = Array.isArray(mesh.material) ? mesh.material : [mesh.material];
      for (const material of materials) material.dispose();
    });
}
