/**
 * Read the body back from a .glb (meshopt-decoded, dequantized, in world space) for checks, with
 * its skin: joint names, hierarchy, rest transforms, inverse bind matrices, joints and weights.
 */
import { NodeIO, type mat4 } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';

export interface DecodedSkin {
  /** Joint node names in the skin's joint order (JOINTS_0 indexes this list). */
  boneNames: string[];
  /** Parent joint of each joint (index into boneNames), -1 for the root. */
  parents: number[];
  /** Each joint's rest transform relative to its parent: translation (x, y, z) … */
  restTranslations: Float64Array;
  /** … and rotation quaternion (x, y, z, w). */
  restRotations: Float64Array;
  /** Each joint's rest world matrix, column-major, 16 per joint. */
  restWorld: Float64Array;
  /** Inverse bind matrices as stored (they include the position dequantization), 16 per joint. */
  inverseBindMatrices: Float64Array;
  /** Vertex positions as stored in the mesh (quantized units), 3 per vertex. */
  bindPositions: Float64Array;
  /** Vertex normals as stored, 3 per vertex. */
  bindNormals: Float64Array;
  /** Four joint indices and four weights per vertex. */
  joints: Uint16Array;
  weights: Float64Array;
}

export interface DecodedBody {
  nodeName: string;
  meshCount: number;
  primitiveCount: number;
  /** World-space positions: for a skinned body, the skin at rest (linear blend skinning). */
  positions: Float64Array;
  normals: Float64Array;
  colours: Float64Array;
  indices: Uint32Array;
  generator: string;
  skin?: DecodedSkin;
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
  const pos = prim.getAttribute('POSITION')!;
  const nor = prim.getAttribute('NORMAL')!;
  const col = prim.getAttribute('COLOR_0')!;
  const n = pos.getCount();
  const bindPositions = new Float64Array(n * 3);
  const bindNormals = new Float64Array(n * 3);
  const colours = new Float64Array(n * 3);
  const e: number[] = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    pos.getElement(i, e);
    bindPositions.set(e.slice(0, 3), i * 3);
    nor.getElement(i, e);
    const l = Math.hypot(e[0]!, e[1]!, e[2]!) || 1;
    bindNormals.set([e[0]! / l, e[1]! / l, e[2]! / l], i * 3);
    col.getElement(i, e);
    colours.set(e.slice(0, 3), i * 3);
  }

  const gltfSkin = node.getSkin();
  let skin: DecodedSkin | undefined;
  let positions: Float64Array;
  let normals: Float64Array;
  if (gltfSkin) {
    const jointNodes = gltfSkin.listJoints();
    const count = jointNodes.length;
    const restTranslations = new Float64Array(count * 3);
    const restRotations = new Float64Array(count * 4);
    const restWorld = new Float64Array(count * 16);
    const inverseBindMatrices = new Float64Array(count * 16);
    const ibm = gltfSkin.getInverseBindMatrices()!;
    const m16: number[] = new Array<number>(16).fill(0);
    jointNodes.forEach((j, i) => {
      restTranslations.set(j.getTranslation(), i * 3);
      restRotations.set(j.getRotation(), i * 4);
      restWorld.set(j.getWorldMatrix(), i * 16);
      ibm.getElement(i, m16);
      inverseBindMatrices.set(m16, i * 16);
    });
    const parents = jointNodes.map((j) => {
      const p = j.getParentNode();
      return p ? jointNodes.indexOf(p) : -1;
    });
    const ja = prim.getAttribute('JOINTS_0')!;
    const wa = prim.getAttribute('WEIGHTS_0')!;
    const joints = new Uint16Array(n * 4);
    const weights = new Float64Array(n * 4);
    for (let i = 0; i < n; i++) {
      ja.getElement(i, e);
      joints.set(e, i * 4);
      wa.getElement(i, e);
      weights.set(e, i * 4);
    }
    skin = {
      boneNames: jointNodes.map((j) => j.getName()),
      parents,
      restTranslations,
      restRotations,
      restWorld,
      inverseBindMatrices,
      bindPositions,
      bindNormals,
      joints,
      weights,
    };
    positions = skinPositions(skin, restWorld);
    normals = skinNormals(skin, restWorld);
  } else {
    const m = node.getWorldMatrix();
    positions = transformPoints(bindPositions, m);
    normals = bindNormals;
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
    ...(skin ? { skin } : {}),
  };
}

function transformPoints(p: Float64Array, m: mat4 | Float64Array): Float64Array {
  const out = new Float64Array(p.length);
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i]!,
      y = p[i + 1]!,
      z = p[i + 2]!;
    out[i] = m[0]! * x + m[4]! * y + m[8]! * z + m[12]!;
    out[i + 1] = m[1]! * x + m[5]! * y + m[9]! * z + m[13]!;
    out[i + 2] = m[2]! * x + m[6]! * y + m[10]! * z + m[14]!;
  }
  return out;
}

/** a·b for column-major 4×4 matrices stored at offsets. */
function mul(
  a: ArrayLike<number>,
  ao: number,
  b: ArrayLike<number>,
  bo: number,
  out: Float64Array,
  oo: number,
): void {
  for (let c = 0; c < 4; c++)
    for (let r = 0; r < 4; r++) {
      let s = 0;
      for (let k = 0; k < 4; k++) s += a[ao + k * 4 + r]! * b[bo + c * 4 + k]!;
      out[oo + c * 4 + r] = s;
    }
}

/** Per joint: world matrix × inverse bind matrix (the skinning matrix), 16 per joint. */
export function skinMatrices(skin: DecodedSkin, world: ArrayLike<number>): Float64Array {
  const count = skin.boneNames.length;
  const out = new Float64Array(count * 16);
  for (let j = 0; j < count; j++) mul(world, j * 16, skin.inverseBindMatrices, j * 16, out, j * 16);
  return out;
}

/**
 * Linear blend skinning, the same sum as three's SkinnedMesh.applyBoneTransform:
 * Σ weight · (jointWorld · inverseBind) · bindPosition, given each joint's world matrix.
 */
export function skinPositions(skin: DecodedSkin, world: ArrayLike<number>): Float64Array {
  return blendSkin(skin, world, skin.bindPositions, 'point');
}

/** Skinned unit normals (the blended skinning matrix applied to the normal, as three does). */
export function skinNormals(skin: DecodedSkin, world: ArrayLike<number>): Float64Array {
  const out = blendSkin(skin, world, skin.bindNormals, 'direction');
  for (let v = 0; v < out.length / 3; v++) {
    const l = Math.hypot(out[v * 3]!, out[v * 3 + 1]!, out[v * 3 + 2]!) || 1;
    out[v * 3] = out[v * 3]! / l;
    out[v * 3 + 1] = out[v * 3 + 1]! / l;
    out[v * 3 + 2] = out[v * 3 + 2]! / l;
  }
  return out;
}

/** Each vector through its vertex's weighted skinning matrices; a direction is not translated. */
function blendSkin(
  skin: DecodedSkin,
  world: ArrayLike<number>,
  vectors: ArrayLike<number>,
  kind: 'point' | 'direction',
): Float64Array {
  const s = skinMatrices(skin, world);
  const translated = kind === 'point' ? 1 : 0;
  const out = new Float64Array(vectors.length);
  for (let v = 0; v < vectors.length / 3; v++) {
    const x = vectors[v * 3]!,
      y = vectors[v * 3 + 1]!,
      z = vectors[v * 3 + 2]!;
    let ox = 0,
      oy = 0,
      oz = 0;
    for (let k = 0; k < 4; k++) {
      const w = skin.weights[v * 4 + k]!;
      if (w === 0) continue;
      const o = skin.joints[v * 4 + k]! * 16;
      ox += w * (s[o]! * x + s[o + 4]! * y + s[o + 8]! * z + translated * s[o + 12]!);
      oy += w * (s[o + 1]! * x + s[o + 5]! * y + s[o + 9]! * z + translated * s[o + 13]!);
      oz += w * (s[o + 2]! * x + s[o + 6]! * y + s[o + 10]! * z + translated * s[o + 14]!);
    }
    out[v * 3] = ox;
    out[v * 3 + 1] = oy;
    out[v * 3 + 2] = oz;
  }
  return out;
}
