import type { LandmarkId } from '../../models/landmark-ids';

/**
 * A landmark's name as it is written beside its dot on the body: a few words a learner would
 * say while touching it. The full phrases of the written steps are in labels.ts.
 */
export const LANDMARK_SHORT_NAMES: Record<LandmarkId, string> = {
  crown: 'crown of the head',
  'nape-hairline': 'hairline at the nape',
  'thyroid-cartilage': "Adam's apple",
  't4-t5-interspace': 'between T4 and T5',
  'l2-l3-interspace': 'between L2 and L3',
  navel: 'navel',
  'pubic-crest-top': 'top of the pubic bone',
  'coccyx-tip': 'tip of the tailbone',
  anus: 'anus',
  'wrist-crease-palmar': 'wrist crease',
  'wrist-crease-dorsal': 'wrist crease, back of hand',
  'wrist-dorsal-centre': 'middle of the back of the wrist',
  'medial-malleolus': 'inner ankle bone',
  'lateral-malleolus': 'outer ankle bone',
  'achilles-tendon-ankle': 'Achilles tendon',
  'ankle-front-hollow': 'hollow at the front of the ankle',
  'sole-hollow': 'hollow of the sole',
  'instep-centre': 'middle of the instep',
  'navicular-tuberosity': 'navicular bump',
  'medial-arch-hollow': 'hollow of the inner arch',
  'first-metatarsal-base': 'base of the 1st metatarsal',
  'second-metatarsal-base': 'base of the 2nd metatarsal',
  'big-toe-nail-medial-corner': "big toe's nail, inner corner",
  'second-toe-nail-lateral-corner': "2nd toe's nail, outer corner",
  'little-toe-nail-lateral-corner': "little toe's nail, outer corner",
};

/** The dot a rule that starts from another point puts on that point. */
export const pointAsLandmarkName = (point: number) => `point ${point}`;
