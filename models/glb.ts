/** Write the body as binary glTF: one mesh node "body", one primitive, meshopt + quantization. */
import { Document, Logger, NodeIO, type TypedArray } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize, reorder } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import type { BodyMesh } from './mesh/finish';

export const GENERATOR = 'acupressure-atlas models/generate.ts';

export async function encodeGlb(m: BodyMesh): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = GENERATOR;
  const buffer = doc.createBuffer();
  const acc = (array: Float32Array | Uint32Array | Uint16Array, type: 'VEC3' | 'SCALAR') =>
    // Our arrays always own a plain ArrayBuffer; TypeScript's typed arrays can't say so.
    doc
      .createAccessor()
      .setArray(array as TypedArray)
      .setType(type)
      .setBuffer(buffer);
  const vertexCount = m.positions.length / 3;
  const indices = vertexCount < 65536 ? Uint16Array.from(m.indices) : m.indices;
  const material = doc
    .createMaterial('skin')
    .setBaseColorFactor([1, 1, 1, 1])
    .setRoughnessFactor(0.78)
    .setMetallicFactor(0);
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', acc(m.positions, 'VEC3'))
    .setAttribute('NORMAL', acc(m.normals, 'VEC3'))
    .setAttribute('COLOR_0', acc(m.colours, 'VEC3'))
    .setIndices(acc(indices, 'SCALAR'))
    .setMaterial(material);
  const mesh = doc.createMesh('body').addPrimitive(prim);
  const node = doc.createNode('body').setMesh(mesh);
  doc.createScene('scene').addChild(node);
  doc.getRoot().setDefaultScene(doc.getRoot().listScenes()[0]!);

  await doc.transform(
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    quantize({ quantizePosition: 14, quantizeNormal: 8, quantizeColor: 8 }),
  );
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.FILTER });
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(doc);
}
