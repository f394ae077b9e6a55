import * as z from 'zod/mini';

/** A lesson names its points in the teacher's order; at most one of each, all 24 at most. */
export const MAX_LESSON_POINTS = 24;
export const LESSON_NAME_MAX = 60;

export const lessonSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(LESSON_NAME_MAX)),
  points: z.array(z.int().check(z.gte(1))).check(z.minLength(1), z.maxLength(MAX_LESSON_POINTS)),
});
export type Lesson = z.infer<typeof lessonSchema>;

export type LessonPointsReading = { ok: true; points: number[] } | { ok: false; problem: string };

/**
 * The points a teacher typed for a lesson ("8, 3 17"), in order: numbers the atlas has, each
 * once. Anything else is named back, so the teacher can correct it before saving.
 */
export function readLessonPoints(text: string, pointCount: number): LessonPointsReading {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== '');
  if (parts.length === 0) return { ok: false, problem: 'Name at least one point, e.g. 8, 3, 17.' };
  const points: number[] = [];
  for (const part of parts) {
    const number = /^\d{1,3}$/.test(part) ? Number(part) : NaN;
    if (!(number >= 1 && number <= pointCount))
      return {
        ok: false,
        problem: `"${part.slice(0, 12)}" is no point: they are 1 to ${pointCount}.`,
      };
    if (points.includes(number))
      return { ok: false, problem: `Point ${number} is named twice: a lesson shows each once.` };
    points.push(number);
  }
  if (points.length > MAX_LESSON_POINTS)
    return { ok: false, problem: `A lesson holds at most ${MAX_LESSON_POINTS} points.` };
  return { ok: true, points };
}
