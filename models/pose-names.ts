/**
 * The poses the body is drawn in, by name alone: what a file or a link names a pose with, apart
 * from the joint rotations in poses.ts, so checking a name needs none of the body's numbers.
 */
export const POSE_NAMES = [
  'standing',
  'sitting',
  'sitting-forearms-on-table',
  'lying-face-down-on-bolster',
  'lying-on-back',
  'on-all-fours',
] as const;
export type PoseName = (typeof POSE_NAMES)[number];
