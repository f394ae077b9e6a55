/** three-mesh-bvh ships its worker without types (its index.d.ts leaves them commented out). */
declare module 'three-mesh-bvh/src/workers/GenerateMeshBVHWorker.js' {
  import type { BufferGeometry } from 'three';
  import type { MeshBVH, MeshBVHOptions } from 'three-mesh-bvh';

  export class GenerateMeshBVHWorker {
    generate(geometry: BufferGeometry, options?: MeshBVHOptions): Promise<MeshBVH>;
    dispose(): void;
  }
}
