/**
 * Write the body as binary glTF: one mesh node "body" with one primitive, skinned to a named
 * bone hierarchy, meshopt-compressed and quantized.
 */
import { Document, Logger, NodeIO, type Node, type TypedArray } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize, reorder } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import type { BodyMesh } from './mesh/finish';
import { BONE_NAMES, BONE_PARENT, type BoneName } from './rig';
import type { SkinWeights } from './skin';
import type { V3 } from './sdf/vec';

export const GENERATOR = 'acupressure-atlas models/generate.ts';

export interface BodySkin extends SkinWeights {
  /** Rest position of every joint in the body's frame (rest rotations are the identity). */
  joints0: Record<BoneName, V3>;
}

export async function encodeGlb(m: BodyMesh, skin: BodySkin): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = GENERATOR;
  const buffer = doc.createBuffer();
  const acc = (
    array: Float32Array | Uint32Array | Uint16Array | Uint8Array,
    type: 'VEC3' | 'VEC4' | 'SCALAR' | 'MAT4',
  ) =>
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
    .setAttribute('JOINTS_0', acc(skin.joints, 'VEC4'))
    .setAttribute('WEIGHTS_0', acc(skin.weights, 'VEC4').setNormalized(true))
    .setIndices(acc(indices, 'SCALAR'))
    .setMaterial(material);
  const mesh = doc.createMesh('body').addPrimitive(prim);

  // Joints: rest rotation identity, translation relative to the parent joint.
  const nodes = new Map<BoneName, Node>();
  for (const name of BONE_NAMES) {
    const at = skin.joints0[name];
    const parent = BONE_PARENT[name];
    const from = parent ? skin.joints0[parent] : ([0, 0, 0] as V3);
    const node = doc
      .createNode(name)
      .setTranslation([at[0] - from[0], at[1] - from[1], at[2] - from[2]]);
    nodes.set(name, node);
    if (parent) nodes.get(parent)!.addChild(node);
  }
  const root = nodes.get('pelvis')!;
  const inverseBind = new Float32Array(BONE_NAMES.length * 16);
  BONE_NAMES.forEach((name, j) => {
    const [x, y, z] = skin.joints0[name];
    inverseBind.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -x, -y, -z, 1], j * 16);
  });
  const gltfSkin = doc
    .createSkin('body')
    .setSkeleton(root)
    .setInverseBindMatrices(acc(inverseBind, 'MAT4'));
  for (const name of BONE_NAMES) gltfSkin.addJoint(nodes.get(name)!);

  const node = doc.createNode('body').setMesh(mesh).setSkin(gltfSkin);
  doc.createScene('scene').addChild(node).addChild(root);
  doc.getRoot().setDefaultScene(doc.getRoot().listScenes()[0]!);

  await doc.transform(
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    // Positions and normals are quantized; the position's dequantization goes into the inverse
    // bind matrices (a skinned mesh node's own transform is ignored by glTF viewers).
    quantize({
      quantizePosition: 14,
      quantizeNormal: 8,
      quantizeColor: 8,
      normalizeWeights: false,
    }),
  );
  return writeMeshoptGlb(doc);
}

/** A quantized document as binary glTF, meshopt-compressed (decoder ships with three.js). */
export function writeMeshoptGlb(doc: Document): Promise<Uint8Array> {
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.FILTER });
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(doc);
}
