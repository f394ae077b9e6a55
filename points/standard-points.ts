import type { CunSpanId } from '../models/cun-span-ids';
import type { LandmarkId } from '../models/landmark-ids';
import type { Direction, Region } from './schema';

/**
 * Where the standard puts each standard acupuncture point the dataset names as a point's most
 * likely match, written as our own rule on this body: a landmark, then offsets in cun of one of
 * the proportional spans measured on the figure (models/cun-span-ids.ts) or in millimetres.
 * The facts are those of the WHO standard of 2008 (WHO Standard Acupuncture Point Locations in
 * the Western Pacific Region); the words and the reading of "in the hollow beside" are ours.
 * Placed by the same engine as the dataset's points (src/data/standard-placement.ts).
 */
export interface StandardPointRule {
  code: string;
  /** Where the standard puts it, in our words. */
  where: string;
  symmetry: 'pair' | 'midline';
  region: Region;
  reference:
    | { kind: 'landmark'; landmark: LandmarkId }
    | { kind: 'midpoint'; landmarks: readonly [LandmarkId, LandmarkId] };
  offsets: readonly StandardOffset[];
  /** The span its cun are counted in, and in which its distance to the article's reading is said. */
  span: CunSpanId;
  /**
   * The face of the body part the standard puts it on (a limb's inner side, the sole…); two
   * faces for a spot between them (behind and outside the ankle).
   */
  faces: readonly Face[];
  /** Where the standard gives no distance and we chose one, what we chose. */
  ourReading?: string;
}

export interface StandardOffset {
  direction: Direction;
  amount: number;
  unit: 'cun' | 'mm';
}

/** A face of a body part, as the standard describes the point's side of it. */
export type Face = 'medial' | 'lateral' | 'anterior' | 'posterior' | 'superior' | 'inferior';

/**
 * "In the hollow beside" a bone's edge or a tendon, where the standard gives no distance: about
 * half a fingertip.
 */
export const BESIDE_EDGE_MM = 5;
/** The standard's nail points lie a tenth of a cun back from, and out beside, the nail's corner. */
const NAIL_POINT_CUN = 0.1;
/** The cricoid cartilage's arch lies about 2 cm below the laryngeal prominence in adults. */
const CRICOID_BELOW_PROMINENCE_MM = 20;
/** The front border of the neck's sternocleidomastoid, out from the midline at the larynx. */
const NECK_MUSCLE_BORDER_CUN = 1.5;

const cun = (direction: Direction, amount: number): StandardOffset => ({
  direction,
  amount,
  unit: 'cun',
});
const mm = (direction: Direction, amount: number): StandardOffset => ({
  direction,
  amount,
  unit: 'mm',
});
/**
 * The standard counts the back of the head from GV20, 5 cun behind the front hairline; on this
 * figure the back hairline sits low, so counting up from it would put GV18 and GV19 far down
 * the occiput. We take the crown, the head's highest point on the midline, as GV20.
 */
const CROWN_AS_GV20 = 'the crown (the highest point of the head) read as GV20';

const landmark = (id: LandmarkId) => ({ kind: 'landmark', landmark: id }) as const;
const besideEdge = `"in the hollow beside" read as ${BESIDE_EDGE_MM} mm`;

export const STANDARD_POINT_RULES: readonly StandardPointRule[] = [
  {
    code: 'GV18',
    where: 'On the midline of the head, 3 cun back from the crown (GV20), halfway down its back.',
    symmetry: 'midline',
    region: 'head-neck',
    reference: landmark('crown'),
    offsets: [cun('posterior', 3)],
    span: 'head',
    faces: ['posterior', 'superior'],
    ourReading: CROWN_AS_GV20,
  },
  {
    code: 'GV19',
    where: 'On the midline of the head, 1.5 cun back from the crown (GV20).',
    symmetry: 'midline',
    region: 'head-neck',
    reference: landmark('crown'),
    offsets: [cun('posterior', 1.5)],
    span: 'head',
    faces: ['posterior', 'superior'],
    ourReading: CROWN_AS_GV20,
  },
  {
    code: 'GV1',
    where: 'Halfway between the tip of the tailbone and the anus.',
    symmetry: 'midline',
    region: 'abdomen-pelvis',
    reference: { kind: 'midpoint', landmarks: ['coccyx-tip', 'anus'] },
    offsets: [],
    span: 'lower-abdomen',
    faces: ['posterior'],
  },
  {
    code: 'KI1',
    where:
      'In the deepest hollow of the sole when the toes curl, about a third of the way from the toe webs to the heel.',
    symmetry: 'pair',
    region: 'foot',
    reference: landmark('sole-hollow'),
    offsets: [],
    span: 'ankle-height',
    faces: ['inferior'],
  },
  {
    code: 'ST42',
    where:
      'On the top of the foot where the second metatarsal meets its cuneiform, over the pulse of the foot’s artery.',
    symmetry: 'pair',
    region: 'foot',
    reference: landmark('second-metatarsal-base'),
    offsets: [],
    span: 'ankle-height',
    faces: ['superior'],
  },
  {
    code: 'PC6',
    where:
      'On the palm side of the forearm, 2 cun up from the wrist crease, between the two tendons.',
    symmetry: 'pair',
    region: 'arm',
    reference: landmark('wrist-crease-palmar'),
    offsets: [cun('proximal', 2)],
    span: 'forearm',
    faces: ['anterior'],
  },
  {
    code: 'SP6',
    where:
      'On the inner lower leg, 3 cun above the inner ankle bone, just behind the inner edge of the shin bone.',
    symmetry: 'pair',
    region: 'leg',
    reference: landmark('medial-malleolus'),
    offsets: [cun('proximal', 3), mm('posterior', BESIDE_EDGE_MM)],
    span: 'lower-leg',
    faces: ['medial'],
    ourReading: `"just behind the shin bone's edge" read as ${BESIDE_EDGE_MM} mm; counted in the outer leg's 16 cun, as the body has no landmark for the standard's inner 13-cun span (from the knee's inner condyle)`,
  },
  {
    code: 'BL60',
    where: 'In the hollow between the outer ankle bone and the heel tendon.',
    symmetry: 'pair',
    region: 'foot',
    reference: { kind: 'midpoint', landmarks: ['lateral-malleolus', 'achilles-tendon-ankle'] },
    offsets: [],
    span: 'ankle-height',
    faces: ['lateral', 'posterior'],
  },
  {
    code: 'BL67',
    where:
      'On the outer side of the little toe, a tenth of a cun back from the nail’s outer corner.',
    symmetry: 'pair',
    region: 'foot',
    reference: landmark('little-toe-nail-lateral-corner'),
    offsets: [cun('proximal', NAIL_POINT_CUN), cun('lateral', NAIL_POINT_CUN)],
    span: 'four-fingers',
    faces: ['lateral', 'superior'],
  },
  {
    code: 'BL14',
    where: 'On the upper back, level with the lower edge of T4’s spinous process, 1.5 cun out.',
    symmetry: 'pair',
    region: 'back',
    reference: landmark('t4-t5-interspace'),
    offsets: [cun('lateral', 1.5)],
    span: 'back-width',
    faces: ['posterior'],
  },
  {
    code: 'TE4',
    where:
      'On the back of the wrist, in its crease, in the hollow on the little-finger side of the finger extensors’ tendon.',
    symmetry: 'pair',
    region: 'arm',
    reference: landmark('wrist-crease-dorsal'),
    offsets: [mm('medial', BESIDE_EDGE_MM)],
    span: 'forearm',
    faces: ['posterior'],
    ourReading: `the tendon lies at the middle of the wrist; ${besideEdge}`,
  },
  {
    code: 'GB39',
    where: 'On the outer lower leg, 3 cun above the outer ankle bone, just in front of the fibula.',
    symmetry: 'pair',
    region: 'leg',
    reference: landmark('lateral-malleolus'),
    offsets: [cun('proximal', 3), mm('anterior', BESIDE_EDGE_MM)],
    span: 'lower-leg',
    faces: ['lateral'],
    ourReading: `"just in front of the fibula" read as ${BESIDE_EDGE_MM} mm`,
  },
  {
    code: 'ST45',
    where:
      'On the second toe’s side toward the third, a tenth of a cun back from the nail’s corner.',
    symmetry: 'pair',
    region: 'foot',
    reference: landmark('second-toe-nail-lateral-corner'),
    offsets: [cun('proximal', NAIL_POINT_CUN), cun('lateral', NAIL_POINT_CUN)],
    span: 'four-fingers',
    faces: ['lateral', 'superior'],
  },
  {
    code: 'ST41',
    where: 'In the middle of the front of the ankle, in the hollow between the two long tendons.',
    symmetry: 'pair',
    region: 'foot',
    reference: landmark('ankle-front-hollow'),
    offsets: [],
    span: 'ankle-height',
    faces: ['anterior'],
  },
  {
    code: 'ST25',
    where: 'On the belly, 2 cun out from the middle of the navel.',
    symmetry: 'pair',
    region: 'abdomen-pelvis',
    reference: landmark('navel'),
    offsets: [cun('lateral', 2)],
    span: 'chest-width',
    faces: ['anterior'],
  },
  {
    code: 'ST10',
    where:
      'On the front of the neck, level with the cricoid cartilage, just in front of the neck’s long muscle (sternocleidomastoid).',
    symmetry: 'pair',
    region: 'head-neck',
    reference: landmark('thyroid-cartilage'),
    offsets: [mm('inferior', CRICOID_BELOW_PROMINENCE_MM), cun('lateral', NECK_MUSCLE_BORDER_CUN)],
    span: 'four-fingers',
    faces: ['anterior'],
    ourReading: `the cricoid ${CRICOID_BELOW_PROMINENCE_MM} mm below the Adam's apple; the muscle's front border ${NECK_MUSCLE_BORDER_CUN} cun out`,
  },
  {
    code: 'KI2',
    where:
      'On the inner side of the foot, just below the navicular’s bump, where the sole’s skin begins.',
    symmetry: 'pair',
    region: 'foot',
    reference: landmark('navicular-tuberosity'),
    offsets: [mm('inferior', BESIDE_EDGE_MM)],
    span: 'ankle-height',
    faces: ['medial'],
    ourReading: `"just below" read as ${BESIDE_EDGE_MM} mm`,
  },
  {
    code: 'SP15',
    where: 'On the belly, 4 cun out from the middle of the navel.',
    symmetry: 'pair',
    region: 'abdomen-pelvis',
    reference: landmark('navel'),
    offsets: [cun('lateral', 4)],
    span: 'chest-width',
    faces: ['anterior'],
  },
  {
    code: 'SP12',
    where:
      'In the groin crease, level with the top of the pubic bone, 3.5 cun out from the midline, outside the femoral artery’s pulse.',
    symmetry: 'pair',
    region: 'abdomen-pelvis',
    reference: landmark('pubic-crest-top'),
    offsets: [cun('lateral', 3.5)],
    span: 'chest-width',
    faces: ['anterior'],
  },
  {
    code: 'KI6',
    where: 'On the inner side of the foot, in the hollow 1 cun below the inner ankle bone.',
    symmetry: 'pair',
    region: 'foot',
    reference: landmark('medial-malleolus'),
    offsets: [cun('inferior', 1)],
    span: 'ankle-height',
    faces: ['medial'],
  },
  {
    code: 'SP4',
    where:
      'On the inner side of the foot, in front of and below the base of the first metatarsal, where the sole’s skin begins.',
    symmetry: 'pair',
    region: 'foot',
    reference: landmark('first-metatarsal-base'),
    offsets: [mm('distal', BESIDE_EDGE_MM), mm('inferior', BESIDE_EDGE_MM)],
    span: 'ankle-height',
    faces: ['medial'],
    ourReading: `"in front of and below" read as ${BESIDE_EDGE_MM} mm each way`,
  },
  {
    code: 'GV4',
    where: 'On the back midline, in the hollow below the spinous process of L2.',
    symmetry: 'midline',
    region: 'back',
    reference: landmark('l2-l3-interspace'),
    offsets: [],
    span: 'back-width',
    faces: ['posterior'],
  },
  {
    code: 'CV6',
    where: 'On the front midline, 1.5 cun below the middle of the navel.',
    symmetry: 'midline',
    region: 'abdomen-pelvis',
    reference: landmark('navel'),
    offsets: [cun('inferior', 1.5)],
    span: 'lower-abdomen',
    faces: ['anterior'],
  },
  {
    code: 'SP1',
    where: 'On the big toe’s inner side, a tenth of a cun back from the nail’s inner corner.',
    symmetry: 'pair',
    region: 'foot',
    reference: landmark('big-toe-nail-medial-corner'),
    offsets: [cun('proximal', NAIL_POINT_CUN), cun('medial', NAIL_POINT_CUN)],
    span: 'four-fingers',
    faces: ['medial', 'superior'],
  },
];

/** The rule for a standard point's code, if the atlas places it. */
export const standardPointRule = (code: string): StandardPointRule | undefined =>
  STANDARD_POINT_RULES.find((rule) => rule.code === code);
