import * as z from 'zod/mini';
import {
  RATING_MAX,
  RATING_MIN,
  summarise,
  type Rating,
  type RoutineState,
} from '../routine-engine';

/** How a point went in one routine. */
export type PointResult = 'done' | 'partly' | 'skipped';

export interface DiaryPoint {
  point: number;
  result: PointResult;
  spentMs: number;
}

/** One routine as the diary keeps it: on this device only. */
export interface DiaryEntry {
  id: string;
  /** When the routine ended or was stopped (epoch ms). */
  endedAt: number;
  outcome: 'finished' | 'stopped';
  points: DiaryPoint[];
  totalMs: number;
  /** Discomfort before and after, 0–10, if the person gave it. */
  before: Rating;
  after: Rating;
  note: string;
}

/** A note is a line or two, not a document: storage on a phone is small. */
export const NOTE_MAX_LENGTH = 500;

const ms = z.number().check(z.gte(0));
const rating = z.nullable(z.int().check(z.gte(RATING_MIN), z.lte(RATING_MAX)));

export const diaryEntrySchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  endedAt: ms,
  outcome: z.enum(['finished', 'stopped']),
  points: z.array(
    z.strictObject({
      point: z.int().check(z.gte(1)),
      result: z.enum(['done', 'partly', 'skipped']),
      spentMs: ms,
    }),
  ),
  totalMs: ms,
  before: rating,
  after: rating,
  note: z.string().check(z.maxLength(NOTE_MAX_LENGTH)),
}) satisfies z.ZodMiniType<DiaryEntry>;

/** A new id for an entry; `crypto.randomUUID` is missing on a plain-http class network. */
export function newEntryId(now: number): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * The entry a routine writes when it ends or is stopped. Written again when the same routine
 * goes on (back to a point, then to the end), it keeps what the person added (ratings, note).
 */
export function entryFromRoutine(
  routine: RoutineState,
  id: string,
  now: number,
  previous: DiaryEntry | undefined,
): DiaryEntry {
  const summary = summarise(routine, now);
  const results = new Map<number, DiaryPoint>();
  for (const [result, list] of [
    ['done', summary.done],
    ['partly', summary.partly],
    ['skipped', summary.skipped],
  ] as const)
    for (const time of list) results.set(time.point, { ...time, result });
  return {
    id,
    endedAt: now,
    outcome: routine.phase === 'done' ? 'finished' : 'stopped',
    points: routine.steps.flatMap((step) => results.get(step.point) ?? []),
    totalMs: summary.totalMs,
    before: previous?.before ?? routine.discomfortBefore,
    after: previous?.after ?? null,
    note: previous?.note ?? '',
  };
}
