import type { LandmarkId } from '../../models/landmark-ids';
import type {
  Direction,
  DisagreementKind,
  PairTechnique,
  Posture,
  PostureBasis,
  Region,
} from '../../points/schema';
import type { Filters } from './filters';

export const POSTURE_LABELS: Record<Posture, string> = {
  sitting: 'Sitting',
  'sitting-forearms-on-table': 'Sitting, forearms on a table',
  'lying-face-down-on-bolster': 'Lying face down over a bolster',
  'lying-on-back': 'Lying on the back',
  'on-all-fours': 'On all fours',
  'not-stated': 'Not stated',
};

/** The badge beside a posture the entry does not give outright. */
export const POSTURE_BASIS_LABELS: Record<PostureBasis, string> = {
  inferred: 'inferred',
  'our-reading': 'our reading',
};

/** What a disagreement entry is, beside its title. */
export const DISAGREEMENT_KIND_LABELS: Record<DisagreementKind, string> = {
  'lists-disagree': 'sources disagree',
  unclear: 'unclear',
};

/** The badge on a disagreement that is really another document's warning. */
export const OTHER_SOURCE_LABEL = 'warning from another article';

export const PAIR_TECHNIQUE_LABELS: Record<PairTechnique, string> = {
  'both-sides-together': 'Both sides at the same time',
  'one-side-then-other': 'One side, then the other',
  'not-stated': 'Not stated',
  'not-applicable': 'Single point, no pair',
};

export const REGION_LABELS: Record<Region, string> = {
  'head-neck': 'Head and neck',
  back: 'Back',
  'abdomen-pelvis': 'Abdomen and pelvis',
  arm: 'Forearm and wrist',
  leg: 'Lower leg and ankle',
  foot: 'Foot and toes',
};

export const SYMMETRY_LABELS = {
  pair: 'Left and right pair',
  midline: 'Single point on the midline',
} as const;

export const SELF_MASSAGE_FILTER_LABELS: Record<Filters['selfMassage'], string> = {
  all: 'All points',
  sentence: 'Named for self-massage',
  'any-list': 'Mentioned for self-care in any list',
};

export const DIRECTION_LABELS: Record<Direction, string> = {
  superior: 'up, toward the head',
  inferior: 'down, toward the feet',
  medial: 'toward the midline',
  lateral: 'out to the side',
  anterior: 'toward the front',
  posterior: 'toward the back',
  proximal: 'along the limb toward the body',
  distal: 'along the limb toward the tip',
};

export const LANDMARK_LABELS: Record<LandmarkId, string> = {
  crown: 'the crown of the head',
  'nape-hairline': 'the hairline at the back of the neck',
  'thyroid-cartilage': "the thyroid cartilage (Adam's apple)",
  't4-t5-interspace': 'the gap between the 4th and 5th thoracic vertebrae',
  'l2-l3-interspace': 'the gap between the 2nd and 3rd lumbar vertebrae',
  navel: 'the centre of the navel',
  'pubic-crest-top': 'the top of the pubic bone, at the middle',
  'coccyx-tip': 'the tip of the tailbone',
  anus: 'the anus',
  'wrist-crease-palmar': 'the wrist crease on the palm side',
  'wrist-crease-dorsal': 'the wrist crease on the back of the hand',
  'wrist-dorsal-centre': 'the middle of the back of the wrist',
  'medial-malleolus': 'the inner ankle bone',
  'lateral-malleolus': 'the outer ankle bone',
  'achilles-tendon-ankle': 'the Achilles (heel) tendon at ankle level',
  'ankle-front-hollow': 'the hollow at the front of the ankle',
  'sole-hollow': 'the hollow of the sole (clearer with the toes curled)',
  'instep-centre': 'the middle of the top of the foot',
  'navicular-tuberosity': 'the highest bump on the inner edge of the foot',
  'medial-arch-hollow': 'the hollow on the inner side of the foot',
  'first-metatarsal-base': "the heel end of the big toe's long foot bone (first metatarsal)",
  'second-metatarsal-base': "the heel end of the second toe's long foot bone (second metatarsal)",
  'big-toe-nail-medial-corner': "the inner corner of the big toe's nail",
  'second-toe-nail-lateral-corner': "the third-toe-side corner of the second toe's nail",
  'little-toe-nail-lateral-corner': "the outer corner of the little toe's nail",
};
