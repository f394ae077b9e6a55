/**
 * The bones layer as the app loads it: every bone the rules count from is there by name, it stays
 * within its budget, and each bone lies under the skin in every pose the atlas shows.
 */
import { NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BufferAttribute, BufferGeometry, DoubleSide, Matrix4, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { beforeAll, describe, expect, it } from 'vitest';
import { BONES_BUDGET, DEFAULT_BONES_GLB, DEFAULT_GLB } from '../generate';
import { readBodyGlb, type DecodedBody } from '../mesh/read-glb';
import { posedPositions, posedWorldMatrices } from '../pose-rig';
import { POSE_NAMES } from '../poses';
import { VERTEBRAE } from '../spine';
import type { BoneNodeExtras } from './glb';

interface LoadedBone {
  name: string;
  extras: BoneNodeExtras;
  /** Vertices in the carrying joint's frame. */
  local: Vector3[];
}

const bytes = readFileSync(DEFAULT_BONES_GLB);
let bones: LoadedBone[];
let body: DecodedBody;

beforeAll(async () => {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(bytes);
  bones = doc
    .getRoot()
    .listNodes()
    .map((node) => {
      const matrix = new Matrix4().fromArray(node.getMatrix());
      const position = node.getMesh()!.listPrimitives()[0]!.getAttribute('POSITION')!;
      const local: Vector3[] = [];
      const element: number[] = [0, 0, 0];
      for (let i = 0; i < position.getCount(); i++) {
        position.getElement(i, element);
        local.push(new Vector3(...element).applyMatrix4(matrix));
      }
      return { name: node.getName(), extras: node.getExtras() as unknown as BoneNodeExtras, local };
    });
  body = await readBodyGlb(readFileSync(DEFAULT_GLB));
});

const sided = (name: string) => [`${name}-left`, `${name}-right`];

describe('the bones layer', () => {
  it('names every bone the rules count from, and their neighbours', () => {
    const names = new Set(bones.map((bone) => bone.name));
    const expected = [
      ...['C1', 'C2', 'C3', 'C4', 'C5', 'C6', ...VERTEBRAE].map((v) => `vertebra-${v}`),
      'sacrum',
      'coccyx',
      'skull',
      'occipital-bone',
      'thyroid-cartilage',
      'pubic-symphysis',
      ...[
        'hip-bone',
        'femur',
        'patella',
        'tibia',
        'fibula',
        'talus',
        'calcaneus',
        'navicular',
        'cuneiform-medial',
        'cuboid',
        ...[1, 2, 3, 4, 5].map((n) => `metatarsal-${n}`),
        ...[1, 2, 3, 4, 5].map((n) => `phalanges-toe-${n}`),
        'humerus',
        'radius',
        'ulna',
        'carpals',
        ...[1, 2, 3, 4, 5].map((n) => `metacarpal-${n}`),
        'phalanges-thumb',
      ].flatMap(sided),
    ];
    for (const name of expected) expect(names.has(name), name).toBe(true);
    const t4 = bones.find((bone) => bone.name === 'vertebra-T4')!;
    expect(t4.extras).toMatchObject({ rig: 'spine-chest', label: 'T4' });
  });

  it('loads in at most its budget (gzip)', () => {
    expect(gzipSync(bytes, { level: 9 }).byteLength).toBeLessThanOrEqual(BONES_BUDGET.gzipBytes);
  });

  it('keeps every bone under the skin standing, and within pressed skin in the other poses', () => {
    const skin = body.skin!;
    const indices = new BufferAttribute(body.indices, 1);
    const world = new Vector3();
    const ray = new Ray();
    const hit = { point: new Vector3(), distance: 0, faceIndex: 0 };
    const outside: string[] = [];
    for (const pose of POSE_NAMES) {
      const positions = posedPositions(body, pose);
      const geometry = new BufferGeometry();
      geometry.setAttribute('position', new BufferAttribute(Float32Array.from(positions), 3));
      geometry.setIndex(indices);
      const bvh = new MeshBVH(geometry);
      // Inside a closed skin, a ray crosses it an odd number of times; either of two rays will
      // do, so one grazing an edge cannot call a bone outside.
      const isInside = (point: Vector3) =>
        PARITY_RAYS.some((direction) => {
          ray.set(point, direction);
          return bvh.raycast(ray, DoubleSide).length % 2 === 1;
        });
      const joints = posedWorldMatrices(skin, pose);
      for (const bone of bones) {
        const joint = new Matrix4().fromArray(joints, skin.boneNames.indexOf(bone.extras.rig) * 16);
        const step = Math.max(1, Math.floor(bone.local.length / SAMPLES_PER_BONE));
        for (let i = 0; i < bone.local.length; i += step) {
          world.copy(bone.local[i]!).applyMatrix4(joint);
          if (isInside(world)) continue;
          bvh.closestPointToPoint(world, hit);
          const allowed = pose === 'standing' ? 0 : PRESSED_SKIN_M;
          if (hit.distance > allowed) {
            outside.push(`${pose}: ${bone.name} ${(hit.distance * 1000).toFixed(1)} mm out`);
            break;
          }
        }
      }
    }
    expect(outside).toEqual([]);
  });
});

/** Vertices checked per bone and pose: enough to catch a bone poking through. */
const SAMPLES_PER_BONE = 24;
/**
 * The skin follows the joints by linear blending: where a pose presses a part onto the floor or
 * a chair (hands and heels on all fours, fingers on the thighs) or folds a joint (the groin when
 * sitting), it sinks a few millimetres into the bone instead of squashing round it.
 */
const PRESSED_SKIN_M = 0.006;
const PARITY_RAYS = [
  new Vector3(0.37, 0.11, 0.92).normalize(),
  new Vector3(-0.6, 0.7, -0.39).normalize(),
];
