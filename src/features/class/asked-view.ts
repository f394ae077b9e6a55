import { cameraMoves } from '../../scene/camera/camera-moves';
import type { ClassState } from './class-state';

/**
 * How large a finger-width is drawn on a student's phone while a question waits for their tap:
 * a thumb's tap lands within about one finger-width of where it is aimed, so at this size a
 * tap 1.5 finger-widths off the point is a clear miss, not a slip of 6 px on a whole body.
 */
export const ASKED_FINGER_WIDTH_PX = 26;

/** Whether the open question still waits for this device's tap. */
export function awaitsOwnTap({ quiz, ownTap, role }: ClassState): boolean {
  return role === 'student' && quiz.status === 'open' && ownTap?.questionId !== quiz.questionId;
}

/**
 * Where on this phone's view each question's point is drawn: drawn once a question, so framing
 * it again (the sheet moved, "Follow the teacher") shows the same picture, and several framings
 * never narrow down where the point is.
 */
const shiftsByQuestion = new Map<string, readonly [number, number]>();

/**
 * Frames the asked point's part of the body on a student's phone, at the same scale for every
 * point, with the point drawn at a random spot of the view (each phone its own), and no marker:
 * the student sees where to look, not where to tap. Whether it could be framed (a view, with the
 * body's markers settled).
 */
export function frameAskedPoint(
  point: number,
  questionId: string,
  random: () => number = Math.random,
): boolean {
  let shift = shiftsByQuestion.get(questionId);
  if (shift === undefined) {
    shift = [random() * 2 - 1, random() * 2 - 1];
    shiftsByQuestion.set(questionId, shift);
  }
  return cameraMoves.frameUnchosen(point, { fingerWidthPx: ASKED_FINGER_WIDTH_PX, shift }) !== null;
}
