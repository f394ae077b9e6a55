import { NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { readFileSync } from 'node:fs';
import { Box3, Matrix4, Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BoneNodeExtras } from '../../models/bones/glb';
import { DEFAULT_BONES_GLB } from '../../models/generate';
import { LANDMARK_BONES, sidedBoneNode } from './landmark-bones';

/** Each bone node of the layer: its box and its label spot, both in its joint's frame. */
const nodes = new Map<string, { box: Box3; anchor: Vector3; label: string }>();

beforeAll(async () => {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(readFileSync(DEFAULT_BONES_GLB));
  for (const node of doc.getRoot().listNodes()) {
    const matrix = new Matrix4().fromArray(node.getMatrix());
    const position = node.getMesh()!.listPrimitives()[0]!.getAttribute('POSITION')!;
    const box = new Box3();
    const element: number[] = [0, 0, 0];
    for (let i = 0; i < position.getCount(); i++) {
      position.getElement(i, element);
      box.expandByPoint(new Vector3(...element).applyMatrix4(matrix));
    }
    const extras = node.getExtras() as unknown as BoneNodeExtras;
    nodes.set(node.getName(), { box, anchor: new Vector3(...extras.anchor), label: extras.label });
  }
});

/** A label spot may sit on the bone's surface or a few millimetres off it (a spinous tip). */
const ANCHOR_SLACK_M = 0.004;

describe('the bones named for each landmark', () => {
  it('are in the bones layer on every side a marker can be, each label spot on its bone', () => {
    for (const [landmark, bones] of Object.entries(LANDMARK_BONES))
      for (const bone of bones)
        for (const side of ['left', 'right', 'midline'] as const) {
          const name = sidedBoneNode(bone.node, side);
          const node = nodes.get(name);
          expect(node, `${landmark}: ${name}`).toBeDefined();
          expect(
            node!.box.clone().expandByScalar(ANCHOR_SLACK_M).containsPoint(node!.anchor),
            name,
          ).toBe(true);
        }
  });

  it('every bone of the layer has its label spot on it', () => {
    expect(nodes.size).toBeGreaterThan(90);
    for (const [name, node] of nodes)
      expect(node.box.clone().expandByScalar(ANCHOR_SLACK_M).containsPoint(node.anchor), name).toBe(
        true,
      );
  });
});
