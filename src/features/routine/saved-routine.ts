// zod/mini, as the classroom client uses: the same checks, tree-shaken to a few kB in this
// mode's chunk (classic zod would add some 90 kB).
import * as z from 'zod/mini';
import type { Dataset } from '../../../points/schema';
import {
  MAX_MINUTES,
  MIN_MINUTES,
  RATING_MAX,
  RATING_MIN,
  type RoutineState,
} from './routine-engine';

export { ROUTINE_STORAGE_KEY } from './routine-storage-key';
/** Raised whenever the saved shape changes; a state saved by another version is set aside. */
export const SAVED_ROUTINE_VERSION = 2;
/** A saved state older than this is stale: nobody resumes a routine from last week. */
export const SAVED_ROUTINE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const count = z.int().check(z.gte(0));
const ms = z.number().check(z.gte(0));
const sides = z.enum(['single', 'both-at-once', 'one-then-other']);
const rating = z.nullable(z.int().check(z.gte(RATING_MIN), z.lte(RATING_MAX)));

const routineStateSchema = z.strictObject({
  phase: z.enum(['check', 'stopped', 'plan', 'points', 'done']),
  plan: z.array(z.strictObject({ point: count, sides })),
  declared: z.enum(['unanswered', 'none', 'some']),
  applies: z.array(z.boolean()),
  discomfortBefore: rating,
  minutesPerPoint: z.int().check(z.gte(MIN_MINUTES), z.lte(MAX_MINUTES)),
  sound: z.boolean(),
  vibration: z.boolean(),
  stepIndex: count,
  steps: z.array(
    z.strictObject({ point: count, status: z.enum(['pending', 'done', 'skipped']), spentMs: ms }),
  ),
  timer: z.strictObject({
    runningSince: z.nullable(ms),
    accumulatedMs: ms,
    durationMs: ms,
    switchAtMs: z.nullable(ms),
    side: z.union([z.literal(0), z.literal(1)]),
  }),
  diaryEntry: z.nullable(z.string()),
}) satisfies z.ZodMiniType<RoutineState>;

/** What the routine store keeps on the device. */
export const savedRoutineSchema = z.strictObject({
  routine: z.nullable(routineStateSchema),
  savedAt: ms,
});
export type SavedRoutine = z.infer<typeof savedRoutineSchema>;

export type CheckedRoutine =
  | { kind: 'none' }
  | { kind: 'loaded'; saved: SavedRoutine }
  | { kind: 'discarded'; reason: string };

/** What was saved, checked against the schema, its age and this dataset; never throws. */
export function checkSavedRoutine(raw: unknown, dataset: Dataset, now: number): CheckedRoutine {
  const parsed = savedRoutineSchema.safeParse(raw);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') ?? '';
    return { kind: 'discarded', reason: `its contents do not fit (at ${path || 'the top'})` };
  }
  const saved = parsed.data;
  // A finished routine is never resumed, so an old one is no news.
  if (saved.routine === null || saved.routine.phase === 'done') return { kind: 'none' };
  if (!fresh(saved.savedAt, now))
    return { kind: 'discarded', reason: 'it was saved more than a day ago' };
  const problem = mismatch(saved.routine, dataset);
  if (problem !== null) return { kind: 'discarded', reason: problem };
  return { kind: 'loaded', saved };
}

export const fresh = (savedAt: number, now: number) =>
  savedAt <= now && now - savedAt <= SAVED_ROUTINE_MAX_AGE_MS;

/** The number of conditions the check asks about: one flag each in a routine. */
export const conditionCount = (dataset: Dataset) =>
  dataset.contraindications.filter((c) => c.kind === 'condition').length;

function mismatch(state: RoutineState, dataset: Dataset): string | null {
  if (state.applies.length !== conditionCount(dataset))
    return 'the list of warnings has changed since it was saved';
  const known = new Set(dataset.points.map((p) => p.number));
  if (state.plan.some((step) => !known.has(step.point)))
    return 'it names a point the atlas does not have';
  const samePoints =
    state.steps.length === state.plan.length &&
    state.steps.every((s, i) => s.point === state.plan[i]?.point);
  if (!samePoints) return 'its steps do not match its plan';
  if (state.plan.length > 0 && state.stepIndex >= state.plan.length)
    return 'it points past the end of its plan';
  return null;
}
