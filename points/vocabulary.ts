/**
 * The dataset's fixed vocabularies. Kept apart from schema.ts (which builds zod schemas at import)
 * so that the app can use them without shipping zod: the dataset is validated at build time.
 */

export const SOURCE_FILES = [
  '000_6b51c40c321a4cb5.txt',
  '001_24bebd26a74bd767.txt',
  '002_95600549f1829470.txt',
  '003_1ec3d5298b6e8ebf.txt',
  '004_b2aa71e432ad5d66.txt',
] as const;

export const DIRECTIONS = [
  'superior', // toward the head
  'inferior', // toward the feet
  'medial', // toward the midline
  'lateral', // away from the midline
  'anterior', // toward the front
  'posterior', // toward the back
  'proximal', // along a limb toward its root
  'distal', // along a limb toward its tip
] as const;

export const POSTURES = [
  'sitting',
  'sitting-forearms-on-table',
  'lying-face-down-on-bolster',
  'lying-on-back',
  'on-all-fours',
  'not-stated',
] as const;

/** How a point's entry gives its posture when it does not say it outright (schema.ts). */
export const POSTURE_BASES = ['inferred', 'our-reading'] as const;

export const PAIR_TECHNIQUES = [
  'both-sides-together',
  'one-side-then-other',
  'not-stated',
  'not-applicable',
] as const;

export const REGIONS = ['head-neck', 'back', 'abdomen-pelvis', 'arm', 'leg', 'foot'] as const;

/**
 * A general caution is either a condition a person has now or not (asked before a routine) or
 * an instruction for while pressing (read before starting; asking it as a yes/no question made
 * "yes, understood" stop the routine).
 */
export const CAUTION_KINDS = ['condition', 'instruction'] as const;

/**
 * What a disagreement entry records: the source's lists (or another source) say different
 * things, or one entry is unclear (a missing side, a vague word, a translation trap). The first
 * earns the badge "Sources disagree", the second "Unclear".
 */
export const DISAGREEMENT_KINDS = ['lists-disagree', 'unclear'] as const;
