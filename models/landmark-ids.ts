/**
 * The anatomical landmarks the generated body promises to provide.
 *
 * This list is the contract between the body generator (models/) and the point dataset
 * (points/): every landmark a point's placement rule names must be one of these, and the
 * generator must emit every one of them into the landmark table.
 *
 * Midline landmarks exist once (side "midline"); bilateral ones exist once per side.
 */
export const MIDLINE_LANDMARK_IDS = [
  'crown', // vertex of the head, highest point of the skull on the midline
  'nape-hairline', // posterior hairline on the midline, back of the neck
  'thyroid-cartilage', // laryngeal prominence, front of the neck
  't4-t5-interspace', // between the spinous processes of T4 and T5, on the back
  'l2-l3-interspace', // between the spinous processes of L2 and L3, on the back
  'navel', // centre of the umbilicus
  'pubic-crest-top', // top of the pubic symphysis, front midline
  'coccyx-tip', // tip of the tailbone
  'anus', // centre of the anal opening (between the buttocks)
] as const;

export const BILATERAL_LANDMARK_IDS = [
  'wrist-crease-palmar', // centre of the distal wrist crease, palm side
  'wrist-crease-dorsal', // centre of the wrist crease, back of the hand side
  'wrist-dorsal-centre', // middle of the back of the wrist (the hollow between the tendons)
  'medial-malleolus', // most prominent point of the inner ankle bone
  'lateral-malleolus', // most prominent point of the outer ankle bone
  'achilles-tendon-ankle', // back of the Achilles tendon at the level of the outer ankle bone
  'ankle-front-hollow', // hollow at the front of the ankle, between the tendons
  'sole-hollow', // deepest hollow of the sole, about a third of the way from toe webs to heel
  'instep-centre', // middle of the top (dorsum) of the foot
  'navicular-tuberosity', // highest bump of the inner (medial) border of the foot
  'medial-arch-hollow', // deepest hollow of the inner surface of the foot, below the ankle
  'first-metatarsal-base', // base of the first metatarsal, inner border of the foot
  'second-metatarsal-base', // base of the second metatarsal, top of the foot
  'big-toe-nail-medial-corner', // inner (medial) corner of the big toe's nail fold
  'second-toe-nail-lateral-corner', // third-toe-side corner of the second toe's nail fold
  'little-toe-nail-lateral-corner', // outer corner of the little toe's nail fold
] as const;

export type MidlineLandmarkId = (typeof MIDLINE_LANDMARK_IDS)[number];
export type BilateralLandmarkId = (typeof BILATERAL_LANDMARK_IDS)[number];
export type LandmarkId = MidlineLandmarkId | BilateralLandmarkId;

export const LANDMARK_IDS: readonly LandmarkId[] = [
  ...MIDLINE_LANDMARK_IDS,
  ...BILATERAL_LANDMARK_IDS,
];

export function isMidlineLandmark(id: LandmarkId): id is MidlineLandmarkId {
  return (MIDLINE_LANDMARK_IDS as readonly string[]).includes(id);
}
