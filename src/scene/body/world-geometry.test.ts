import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { readBodyGlb } from '../../../models/mesh/read-glb';
import { worldSpaceGeometry } from './world-geometry';

const GLB = new URL('../../../public/models/body.glb', import.meta.url);
const MM = 0.001;

describe('the body as three.js loads it, in world space', () => {
  it('lies where the generator put it: every vertex within 0.1 mm, normals alike', async () => {
    const bytes = readFileSync(GLB);
    const decoded = await readBodyGlb(bytes);
    const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const gltf = await loader.parseAsync(buffer, '');
    const geometry = worldSpaceGeometry(gltf.scene);
    const positions = geometry.getAttribute('position');
    const normals = geometry.getAttribute('normal');
    expect(positions.count * 3).toBe(decoded.positions.length);
    let worstPosition = 0;
    let worstNormalDot = 1;
    for (let i = 0; i < positions.count; i++) {
      const dx = positions.getX(i) - decoded.positions[i * 3]!;
      const dy = positions.getY(i) - decoded.positions[i * 3 + 1]!;
      const dz = positions.getZ(i) - decoded.positions[i * 3 + 2]!;
      worstPosition = Math.max(worstPosition, Math.hypot(dx, dy, dz));
      const dot =
        normals.getX(i) * decoded.normals[i * 3]! +
        normals.getY(i) * decoded.normals[i * 3 + 1]! +
        normals.getZ(i) * decoded.normals[i * 3 + 2]!;
      worstNormalDot = Math.min(worstNormalDot, dot);
    }
    expect(worstPosition).toBeLessThan(0.1 * MM);
    expect(worstNormalDot).toBeGreaterThan(0.999);
  });
});
