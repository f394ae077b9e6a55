import { Vector3, type BufferGeometry, type SkinnedMesh } from 'three';
import { BREADTH, HEAD, LIMB } from '../../../models/proportions';
import { boneName, boneSlot, type BoneName, type BoneSlot } from '../../../models/rig';
import type { MarkerSide } from '../../data/placement';
import type { SkinAnchor } from '../body/skin-anchors';

/**
 * What a close-up shows around a point, by the bone that carries the point's skin, so a viewer
 * knows where on the body they are: the whole foot for a foot point, hand and forearm for the
 * wrist, both shoulder blades for the upper back. `reachM` bounds it around the point, in the
 * body's own dimensions (models/proportions.ts).
 */
interface ViewContext {
  bones: readonly BoneSlot[];
  reachM: number;
}

const FOOT: ViewContext = { bones: ['foot', 'toes'], reachM: LIMB.footLength };
const HAND_AND_FOREARM: ViewContext = {
  bones: ['forearm', 'forearm-twist', 'hand', 'thumb'],
  reachM: LIMB.forearm,
};
const HEAD_AND_NECK: ViewContext = { bones: ['head', 'neck'], reachM: HEAD };
const LOWER_TRUNK: ViewContext = { bones: ['spine-lumbar', 'pelvis'], reachM: BREADTH.hipHalf };

const CONTEXT_BY_BONE: Record<BoneSlot, ViewContext> = {
  toes: FOOT,
  foot: FOOT,
  // Above the ankle: the ankle and the foot below it, and as much of the shin.
  shin: { bones: ['shin', 'foot', 'toes'], reachM: LIMB.footLength },
  // No point lies on the thigh yet: one added there shows a foot's length of it around it.
  thigh: { bones: ['thigh', 'shin'], reachM: LIMB.footLength },
  hand: HAND_AND_FOREARM,
  thumb: HAND_AND_FOREARM,
  'forearm-twist': HAND_AND_FOREARM,
  forearm: HAND_AND_FOREARM,
  'upper-arm': { bones: ['shoulder', 'upper-arm'], reachM: LIMB.upperArm },
  // The upper back out to the shoulder joints: both shoulder blades.
  shoulder: { bones: ['spine-chest', 'shoulder'], reachM: BREADTH.shoulderJoint },
  'spine-chest': { bones: ['spine-chest', 'shoulder'], reachM: BREADTH.shoulderJoint },
  neck: HEAD_AND_NECK,
  head: HEAD_AND_NECK,
  'spine-lumbar': LOWER_TRUNK,
  pelvis: LOWER_TRUNK,
};

/** The context's outline is kept as its outermost vertices along these 26 directions. */
const OUTLINE_DIRECTIONS: readonly Vector3[] = [-1, 0, 1].flatMap((x) =>
  [-1, 0, 1].flatMap((y) =>
    [-1, 0, 1].flatMap((z) =>
      x === 0 && y === 0 && z === 0 ? [] : [new Vector3(x, y, z).normalize()],
    ),
  ),
);

/**
 * The vertices of the rest skin (`restSkin`, world space, the skinned `mesh`'s vertex order)
 * that outline the close-up around `anchor`: at most 26, read again in any pose to frame it.
 */
export function viewContextVertices(
  mesh: SkinnedMesh,
  restSkin: BufferGeometry,
  anchor: SkinAnchor,
  side: MarkerSide,
): number[] {
  const boneOf = dominantBones(mesh);
  const heaviest = anchor.vertices[anchor.weights.indexOf(Math.max(...anchor.weights))]!;
  const own = boneOf(heaviest);
  const context = CONTEXT_BY_BONE[boneSlot(own as BoneName).slot];
  // A midline point's context takes both sides' bones; a sided one its own side's.
  const sides = side === 'midline' ? (['left', 'right'] as const) : [side];
  const wanted = new Set<string>(
    context.bones.flatMap((slot) => sides.map((s) => boneName(slot, s))),
  );
  const positions = restSkin.getAttribute('position');
  const centre = new Vector3();
  anchor.vertices.forEach((vertex, i) =>
    centre.addScaledVector(
      new Vector3().fromBufferAttribute(positions, vertex),
      anchor.weights[i]!,
    ),
  );
  const best = OUTLINE_DIRECTIONS.map(() => ({ vertex: heaviest, reach: -Infinity }));
  const position = new Vector3();
  for (let vertex = 0; vertex < positions.count; vertex++) {
    if (!wanted.has(boneOf(vertex))) continue;
    position.fromBufferAttribute(positions, vertex).sub(centre);
    if (position.length() > context.reachM) continue;
    OUTLINE_DIRECTIONS.forEach((direction, i) => {
      const reach = position.dot(direction);
      if (reach > best[i]!.reach) best[i] = { vertex, reach };
    });
  }
  return [...new Set(best.map((b) => b.vertex))].sort((a, b) => a - b);
}

const dominantCache = new WeakMap<SkinnedMesh, (vertex: number) => string>();

/** The name of the bone that moves each vertex most. */
function dominantBones(mesh: SkinnedMesh): (vertex: number) => string {
  const cached = dominantCache.get(mesh);
  if (cached !== undefined) return cached;
  const joints = mesh.geometry.getAttribute('skinIndex');
  const weights = mesh.geometry.getAttribute('skinWeight');
  const names = mesh.skeleton.bones.map((bone) => bone.name);
  const read = (vertex: number) => {
    let best = 0;
    for (let k = 1; k < 4; k++)
      if (weights.getComponent(vertex, k) > weights.getComponent(vertex, best)) best = k;
    return names[joints.getComponent(vertex, best)]!;
  };
  dominantCache.set(mesh, read);
  return read;
}
