import type { PoseName } from '../../models/poses';

/** Each pose in a few words, for the 3D view's text alternative and its caption. */
export const POSE_WORDS: Record<PoseName, string> = {
  standing: 'standing',
  sitting: 'sitting on a chair',
  'sitting-forearms-on-table': 'sitting with the forearms on a table',
  'lying-face-down-on-bolster': 'lying face down, a roller under the ankles',
  'lying-on-back': 'lying on the back',
  'on-all-fours': 'on all fours',
};

/** Where the pose is our reading of the source rather than its words. */
export const POSE_READING: Partial<Record<PoseName, string>> = {
  'lying-face-down-on-bolster':
    'The source says a roller goes under the body; under the ankles is our reading.',
};
