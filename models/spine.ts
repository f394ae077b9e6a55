/**
 * The spinous processes from C7 to L5: the bumps down the middle of the back that a finger counts
 * to find T4/T5 (point 10) and L2/L3 (point 22). Their tips are spaced evenly from C7 through the
 * T4/T5 gap the proportions set; the same step puts the L2/L3 gap within a few millimetres of its
 * own level, so the count and the landmarks agree.
 */
import { LEVEL } from './proportions';

export const VERTEBRAE = [
  'C7',
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T10',
  'T11',
  'T12',
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
] as const;
export type Vertebra = (typeof VERTEBRAE)[number];

/** From C7's tip down to the T4/T5 gap: C7, T1, T2, T3 and T4 below it, then half a step. */
const STEPS_C7_TO_T4T5 = VERTEBRAE.indexOf('T4') + 0.5;
/** Height between neighbouring spinous tips, metres. */
export const SPINOUS_STEP = (LEVEL.c7 - LEVEL.t4t5) / STEPS_C7_TO_T4T5;

/** Height of a spinous process's tip above the floor. */
export const spinousLevel = (vertebra: Vertebra): number =>
  LEVEL.c7 - VERTEBRAE.indexOf(vertebra) * SPINOUS_STEP;

export const isLumbar = (vertebra: Vertebra): boolean => vertebra.startsWith('L');
