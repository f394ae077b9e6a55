import type { LandmarkId } from '../../models/landmark-ids';

/** A bone of the bones layer to name when a rule starts from a landmark over it. */
export interface BoneTag {
  /** The bone's node in public/models/bones.glb, without its side. */
  node: string;
  label: string;
}

const vertebra = (name: string): BoneTag => ({ node: `vertebra-${name}`, label: name });

/**
 * The bones under each landmark, named on the bones layer when a point's rule starts there. The
 * spine's landmarks also name C7, where a finger starts counting down.
 */
export const LANDMARK_BONES: Record<LandmarkId, BoneTag[]> = {
  crown: [{ node: 'skull', label: 'skull' }],
  'nape-hairline': [{ node: 'occipital-bone', label: 'occipital bone' }],
  'thyroid-cartilage': [{ node: 'thyroid-cartilage', label: 'thyroid cartilage' }],
  't4-t5-interspace': [vertebra('C7'), vertebra('T4'), vertebra('T5')],
  'l2-l3-interspace': [vertebra('L2'), vertebra('L3'), { node: 'hip-bone', label: 'iliac crest' }],
  navel: [],
  'pubic-crest-top': [{ node: 'pubic-symphysis', label: 'pubic bone' }],
  'coccyx-tip': [{ node: 'coccyx', label: 'tailbone' }],
  anus: [],
  'wrist-crease-palmar': [{ node: 'carpals', label: 'wrist bones' }],
  'wrist-crease-dorsal': [{ node: 'carpals', label: 'wrist bones' }],
  'wrist-dorsal-centre': [
    { node: 'radius', label: 'radius' },
    { node: 'ulna', label: 'ulna' },
  ],
  'medial-malleolus': [{ node: 'tibia', label: 'tibia' }],
  'lateral-malleolus': [{ node: 'fibula', label: 'fibula' }],
  'achilles-tendon-ankle': [{ node: 'calcaneus', label: 'heel bone' }],
  'ankle-front-hollow': [{ node: 'talus', label: 'talus' }],
  'sole-hollow': [{ node: 'metatarsal-2', label: '2nd metatarsal' }],
  'instep-centre': [{ node: 'metatarsal-2', label: '2nd metatarsal' }],
  'navicular-tuberosity': [{ node: 'navicular', label: 'navicular' }],
  'medial-arch-hollow': [{ node: 'navicular', label: 'navicular' }],
  'first-metatarsal-base': [{ node: 'metatarsal-1', label: '1st metatarsal' }],
  'second-metatarsal-base': [{ node: 'metatarsal-2', label: '2nd metatarsal' }],
  'big-toe-nail-medial-corner': [{ node: 'phalanges-toe-1', label: 'big toe' }],
  'second-toe-nail-lateral-corner': [{ node: 'phalanges-toe-2', label: '2nd toe' }],
  'little-toe-nail-lateral-corner': [{ node: 'phalanges-toe-5', label: 'little toe' }],
};

/** Midline bones have no side in their node's name. */
const MIDLINE_NODES = new Set([
  'skull',
  'occipital-bone',
  'thyroid-cartilage',
  'pubic-symphysis',
  'coccyx',
  'sacrum',
]);

/** The bone's node as the bones layer names it, on the marker's side. */
export function sidedBoneNode(node: string, side: 'left' | 'right' | 'midline'): string {
  if (node.startsWith('vertebra-') || MIDLINE_NODES.has(node)) return node;
  return `${node}-${side === 'right' ? 'right' : 'left'}`;
}
