/** Read the body back from a .glb (meshopt-decoded, dequantized, in world space) for checks. */
import { NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';

export interface DecodedBody {
  nodeName: string;
  meshCount: number;
  primitiveCount: number;
  positions: Float64Array;
  normals: Float64Array;
  colours: Float64Array;
  indices: Uint32Array;
  generator: string;
}

export async function readBodyGlb(bytes: Uint8Array): Promise<DecodedBody> {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(bytes);
  const root = doc.getRoot();
  const node = root.listNodes().find((n) => n.getMesh())!;
  const prim = node.getMesh()!.listPrimitives()[0]!;
  const m = node.getWorldMatrix();
  const pos = prim.getAttribute('POSITION')!;
  const nor = prim.getAttribute('NORMAL')!;
  const col = prim.getAttribute('COLOR_0')!;
  const n = pos.getCount();
  const positions = new Float64Array(n * 3);
  const normals = new Float64Array(n * 3);
  const colours = new Float64Array(n * 3);
  const e: number[] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    pos.getElement(i, e);
    const [x, y, z] = e as [number, number, number];
    positions[i * 3] = m[0] * x + m[4] * y + m[8] * z + m[12];
    positions[i * 3 + 1] = m[1] * x + m[5] * y + m[9] * z + m[13];
    positions[i * 3 + 2] = m[2] * x + m[6] * y + m[10] * z + m[14];
    nor.getElement(i, e);
    const l = Math.hypot(e[0]!, e[1]!, e[2]!) || 1;
    normals.set([e[0]! / l, e[1]! / l, e[2]! / l], i * 3);
    col.getElement(i, e);
    colours.set(e.slice(0, 3), i * 3);
  }
  return {
    nodeName: node.getName(),
    meshCount: root.listMeshes().length,
    primitiveCount: node.getMesh()!.listPrimitives().length,
    positions,
    normals,
    colours,
    indices: Uint32Array.from(prim.getIndices()!.getArray()!),
    generator: root.getAsset().generator ?? '',
  };
}
