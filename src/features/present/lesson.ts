import * as z from 'zod/mini';
import type { PairSide, PointSides } from '../../state/url';

/** A lesson names its points in the teacher's order; at most one of each, all 24 at most. */
export const MAX_LESSON_POINTS = 24;
export const LESSON_NAME_MAX = 60;

const pairSide = z.enum(['left', 'right']);

export const lessonSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(LESSON_NAME_MAX)),
  points: z.array(z.int().check(z.gte(1))).check(z.minLength(1), z.maxLength(MAX_LESSON_POINTS)),
  /** The side each pair is shown on, by point number, where the teacher named one. */
  sides: z.optional(z.record(z.string().check(z.regex(/^\d{1,3}$/)), pairSide)),
});
export type Lesson = z.infer<typeof lessonSchema>;

export type LessonPointsReading =
  { ok: true; points: number[]; sides: Record<number, PairSide> } | { ok: false; problem: string };

/** The words a side is typed with after a point's number: "3 left", "3L", "17 r". */
const SIDE_WORDS: Record<string, PairSide> = {
  l: 'left',
  left: 'left',
  r: 'right',
  right: 'right',
};

/**
 * The points a teacher typed for a lesson ("8, 3 left, 17R"), in order: numbers the atlas has,
 * each once, a pair's number followed by the side to show it on if the teacher names one.
 * Anything else is named back, so the teacher can correct it before saving.
 */
export function readLessonPoints(
  text: string,
  atlas: readonly { number: number; symmetry: 'pair' | 'midline' }[],
): LessonPointsReading {
  const parts = text
    .toLowerCase()
    .split(/[\s,;]+|(?<=\d)(?=[a-z])/)
    .filter((part) => part !== '');
  if (parts.length === 0) return { ok: false, problem: 'Name at least one point, e.g. 8, 3, 17.' };
  const points: number[] = [];
  const sides: Record<number, PairSide> = {};
  for (const part of parts) {
    const side = SIDE_WORDS[part];
    const last = points.at(-1);
    if (side !== undefined && last !== undefined && sides[last] === undefined) {
      if (atlas.find((p) => p.number === last)?.symmetry !== 'pair')
        return { ok: false, problem: `Point ${last} is on the midline: it has no left or right.` };
      sides[last] = side;
      continue;
    }
    const number = /^\d{1,3}$/.test(part) ? Number(part) : NaN;
    if (!atlas.some((p) => p.number === number))
      return {
        ok: false,
        problem: `"${part.slice(0, 12)}" is no point: they are 1 to ${atlas.length}.`,
      };
    if (points.includes(number))
      return { ok: false, problem: `Point ${number} is named twice: a lesson shows each once.` };
    points.push(number);
  }
  if (points.length > MAX_LESSON_POINTS)
    return { ok: false, problem: `A lesson holds at most ${MAX_LESSON_POINTS} points.` };
  return { ok: true, points, sides };
}

/** A lesson's points as typed back into its editor: "8, 3 left, 17 right". */
export function lessonPointsText(points: readonly number[], sides: PointSides = {}): string {
  return points.map((point) => (sides[point] ? `${point} ${sides[point]}` : `${point}`)).join(', ');
}
