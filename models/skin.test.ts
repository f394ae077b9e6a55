import { readFileSync } from 'node:fs';
import {
  Bone,
  BufferAttribute,
  BufferGeometry,
  Matrix4,
  MeshBasicMaterial,
  Skeleton,
  SkinnedMesh,
  Vector3,
} from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GLB } from './generate';
import { readBodyGlb, skinPositions, type DecodedBody } from './mesh/read-glb';
import { applyPose, bonesOf, posedPositions } from './pose-rig';
import { POSES, POSE_NAMES } from './poses';
import { BONE_NAMES, BONE_PARENT } from './rig';
import { SKIN } from './skin';

let body: DecodedBody;

beforeAll(async () => {
  body = await readBodyGlb(readFileSync(DEFAULT_GLB));
});

/** A three.js SkinnedMesh built from the decoded glb, the way GLTFLoader builds it. */
function threeBody(b: DecodedBody): { mesh: SkinnedMesh; bones: Bone[] } {
  const skin = b.skin!;
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(Float32Array.from(skin.bindPositions), 3));
  geometry.setAttribute('skinIndex', new BufferAttribute(Uint16Array.from(skin.joints), 4));
  geometry.setAttribute('skinWeight', new BufferAttribute(Float32Array.from(skin.weights), 4));
  const bones = bonesOf(skin);
  const inverses = skin.boneNames.map((_, j) =>
    new Matrix4().fromArray(skin.inverseBindMatrices, j * 16),
  );
  const mesh = new SkinnedMesh(geometry, new MeshBasicMaterial());
  mesh.add(bones[0]!);
  mesh.bind(new Skeleton(bones, inverses), new Matrix4());
  return { mesh, bones };
}

function maxDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i += 3)
    worst = Math.max(
      worst,
      Math.hypot(a[i]! - b[i]!, a[i + 1]! - b[i + 1]!, a[i + 2]! - b[i + 2]!),
    );
  return worst;
}

describe('skin', () => {
  it('has a joint for every bone of the rig, named, in order, with the rig’s hierarchy', () => {
    const skin = body.skin!;
    expect(skin.boneNames).toEqual([...BONE_NAMES]);
    skin.parents.forEach((p, j) => {
      const parent = BONE_PARENT[BONE_NAMES[j]!];
      expect(p === -1 ? null : BONE_NAMES[p], BONE_NAMES[j]).toBe(parent);
    });
    // Rest rotations are the identity: the modelled stance is the bind pose.
    for (let j = 0; j < BONE_NAMES.length; j++)
      expect([...skin.restRotations.subarray(j * 4, j * 4 + 4)]).toEqual([0, 0, 0, 1]);
  });

  it('poses name only real bones, and every bone of the skin can be posed', () => {
    const bones = new Set<string>(BONE_NAMES);
    for (const name of POSE_NAMES) {
      const pose = POSES[name];
      expect(pose.name).toBe(name);
      for (const bone of Object.keys(pose.joints))
        expect(bones.has(bone), `${name}: ${bone}`).toBe(true);
      for (const s of pose.supports)
        for (const bone of s.bones) expect(bones.has(bone), `${name}: ${bone}`).toBe(true);
    }
    const { bones: threeBones } = threeBody(body);
    for (const name of POSE_NAMES) expect(() => applyPose(threeBones, name)).not.toThrow();
  });

  it(`gives each vertex at most ${SKIN.influences} influences, weights summing to 1 ± 1e-3`, () => {
    const { joints, weights } = body.skin!;
    let worst = 0;
    for (let v = 0; v < weights.length / 4; v++) {
      let sum = 0;
      for (let k = 0; k < 4; k++) {
        const w = weights[v * 4 + k]!;
        expect(w).toBeGreaterThanOrEqual(0);
        if (w > 0) expect(joints[v * 4 + k]!).toBeLessThan(BONE_NAMES.length);
        sum += w;
      }
      worst = Math.max(worst, Math.abs(sum - 1));
    }
    expect(worst).toBeLessThanOrEqual(1e-3);
  });

  it('has correct inverse bind matrices: every joint at rest gives the same skinning matrix', () => {
    const skin = body.skin!;
    const first = new Matrix4()
      .fromArray(skin.restWorld, 0)
      .multiply(new Matrix4().fromArray(skin.inverseBindMatrices, 0));
    for (let j = 1; j < BONE_NAMES.length; j++) {
      const m = new Matrix4()
        .fromArray(skin.restWorld, j * 16)
        .multiply(new Matrix4().fromArray(skin.inverseBindMatrices, j * 16));
      for (let k = 0; k < 16; k++) expect(m.elements[k]).toBeCloseTo(first.elements[k]!, 6);
    }
  });

  it('at rest the skinned mesh is the unskinned mesh (≤ 0.1 mm), in three.js too', () => {
    const skin = body.skin!;
    // The unskinned mesh: the stored positions under the position dequantization alone.
    const dequantize = new Matrix4()
      .fromArray(skin.restWorld, 0)
      .multiply(new Matrix4().fromArray(skin.inverseBindMatrices, 0));
    const plain = new Float64Array(skin.bindPositions.length);
    const v = new Vector3();
    for (let i = 0; i < plain.length; i += 3)
      v.fromArray(skin.bindPositions, i).applyMatrix4(dequantize).toArray(plain, i);
    expect(maxDistance(body.positions, plain)).toBeLessThanOrEqual(0.0001);

    const { mesh } = threeBody(body);
    mesh.updateMatrixWorld(true);
    const viaThree = new Float64Array(plain.length);
    for (let i = 0; i < plain.length / 3; i++) {
      v.fromArray(skin.bindPositions, i * 3);
      mesh.applyBoneTransform(i, v).toArray(viaThree, i * 3);
    }
    expect(maxDistance(viaThree, plain)).toBeLessThanOrEqual(0.0001);
  });

  it('poses the mesh with the same arithmetic as three’s SkinnedMesh.applyBoneTransform', () => {
    const { mesh, bones } = threeBody(body);
    applyPose(bones, 'on-all-fours');
    mesh.updateMatrixWorld(true);
    const ours = posedPositions(body, 'on-all-fours');
    const v = new Vector3();
    let worst = 0;
    for (let i = 0; i < ours.length / 3; i += 7) {
      v.fromArray(body.skin!.bindPositions, i * 3);
      mesh.applyBoneTransform(i, v);
      worst = Math.max(
        worst,
        Math.hypot(v.x - ours[i * 3]!, v.y - ours[i * 3 + 1]!, v.z - ours[i * 3 + 2]!),
      );
    }
    expect(worst).toBeLessThan(0.00001);
    // And skinPositions with the rest world matrices is the rest mesh.
    expect(maxDistance(skinPositions(body.skin!, body.skin!.restWorld), body.positions)).toBe(0);
  });
});
