/**
 * The bones layer as binary glTF: one node per bone (`vertebra-T4`, `navicular-left`), each with
 * one mesh, its vertices measured from the rest position of the rig joint that carries it. The
 * app hangs each node under that joint of the live body, so the bones follow every pose. The
 * node's extras name the joint, the label and where the label points.
 */
import { Document, Logger, type TypedArray } from '@gltf-transform/core';
import { quantize, reorder } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import { GENERATOR, writeMeshoptGlb } from '../glb';
import { boneName, type BoneName, type Side } from '../rig';
import type { V3 } from '../sdf/vec';
import type { BoneSpec } from './skeleton-bones';

/** What each bone node carries in its extras. */
export interface BoneNodeExtras {
  rig: BoneName;
  label: string;
  /** Where the label points, in the node's own coordinates before quantization. */
  anchor: V3;
}

export async function encodeBonesGlb(
  bones: readonly BoneSpec[],
  joints: Record<BoneName, V3>,
  shiftY: number,
): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = GENERATOR;
  const buffer = doc.createBuffer();
  const material = doc
    .createMaterial('bone')
    .setBaseColorFactor([0.93, 0.88, 0.78, 1])
    .setRoughnessFactor(0.6)
    .setMetallicFactor(0);
  const scene = doc.createScene('bones');
  const acc = (array: Float32Array | Uint16Array, type: 'VEC3' | 'SCALAR') =>
    doc
      .createAccessor()
      .setArray(array as TypedArray)
      .setType(type)
      .setBuffer(buffer);

  for (const bone of bones) {
    const sides: (Side | null)[] = bone.bilateral ? ['left', 'right'] : [null];
    for (const side of sides) {
      const rig = boneName(bone.rig, side ?? 'left');
      const joint = joints[rig];
      const mirror = side === 'right' ? -1 : 1;
      const source = bone.geometry;
      const from = source.getAttribute('position');
      const normal = source.getAttribute('normal');
      const positions = new Float32Array(from.count * 3);
      const normals = new Float32Array(from.count * 3);
      for (let v = 0; v < from.count; v++) {
        positions[v * 3] = mirror * from.getX(v) - joint[0];
        positions[v * 3 + 1] = from.getY(v) + shiftY - joint[1];
        positions[v * 3 + 2] = from.getZ(v) - joint[2];
        normals[v * 3] = mirror * normal.getX(v);
        normals[v * 3 + 1] = normal.getY(v);
        normals[v * 3 + 2] = normal.getZ(v);
      }
      const index = source.getIndex()!;
      const indices = new Uint16Array(index.count);
      // A mirror turns the triangles inside out: their corners are taken the other way round.
      for (let t = 0; t < index.count; t += 3) {
        indices[t] = index.getX(t);
        indices[t + 1] = index.getX(side === 'right' ? t + 2 : t + 1);
        indices[t + 2] = index.getX(side === 'right' ? t + 1 : t + 2);
      }
      const name = side === null ? bone.name : `${bone.name}-${side}`;
      const primitive = doc
        .createPrimitive()
        .setAttribute('POSITION', acc(positions, 'VEC3'))
        .setAttribute('NORMAL', acc(normals, 'VEC3'))
        .setIndices(acc(indices, 'SCALAR'))
        .setMaterial(material);
      const extras: BoneNodeExtras = {
        rig,
        label: bone.label,
        anchor: [
          round(mirror * bone.anchor[0] - joint[0]),
          round(bone.anchor[1] + shiftY - joint[1]),
          round(bone.anchor[2] - joint[2]),
        ],
      };
      const node = doc
        .createNode(name)
        .setMesh(doc.createMesh(name).addPrimitive(primitive))
        .setExtras({ ...extras });
      scene.addChild(node);
    }
  }
  doc.getRoot().setDefaultScene(scene);
  await doc.transform(
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    quantize({ quantizePosition: 12, quantizeNormal: 8 }),
  );
  return writeMeshoptGlb(doc);
}

const round = (value: number) => Number(value.toFixed(5));
