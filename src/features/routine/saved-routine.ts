// zod/mini, as the classroom client uses: the same checks, tree-shaken to a few kB in this
// mode's chunk (classic zod would add some 90 kB).
import * as z from 'zod/mini';
import type { Dataset } from '../../../points/schema';
import { MAX_MINUTES, MIN_MINUTES, type RoutineState } from './routine-engine';

export { ROUTINE_STORAGE_KEY } from './routine-storage-key';
/** Raised whenever the saved shape changes; a state saved by another version is discarded. */
export const SAVED_ROUTINE_VERSION = 1;
/** A saved state older than this is stale: nobody resumes a routine from last week. */
export const SAVED_ROUTINE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const count = z.int().check(z.gte(0));
const ms = z.number().check(z.gte(0));
const sides = z.enum(['single', 'both-at-once', 'one-then-other']);

const routineStateSchema = z.strictObject({
  phase: z.enum(['check', 'stopped', 'plan', 'points', 'done']),
  plan: z.array(z.strictObject({ point: count, sides })),
  answers: z.array(z.nullable(z.enum(['yes', 'no']))),
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
}) satisfies z.ZodMiniType<RoutineState>;

const savedSchema = z.strictObject({
  version: z.literal(SAVED_ROUTINE_VERSION),
  savedAt: ms,
  state: routineStateSchema,
});

export type LoadedRoutine =
  | { kind: 'none' }
  | { kind: 'loaded'; state: RoutineState }
  | { kind: 'discarded'; reason: string };

/** What was saved, checked against the schema and against this dataset; never throws. */
export function readSavedRoutine(
  text: string | null,
  dataset: Dataset,
  now: number,
): LoadedRoutine {
  if (text === null) return { kind: 'none' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'discarded', reason: 'it could not be read (it is not valid JSON)' };
  }
  const version = typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'version') : undefined;
  if (version !== SAVED_ROUTINE_VERSION)
    return { kind: 'discarded', reason: 'it was saved by an older version of the atlas' };
  const parsed = savedSchema.safeParse(raw);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') ?? '';
    return { kind: 'discarded', reason: `its contents do not fit (at ${path || 'the top'})` };
  }
  const { state, savedAt } = parsed.data;
  if (now - savedAt > SAVED_ROUTINE_MAX_AGE_MS || savedAt > now)
    return { kind: 'discarded', reason: 'it was saved more than a day ago' };
  const problem = mismatch(state, dataset);
  if (problem !== null) return { kind: 'discarded', reason: problem };
  return { kind: 'loaded', state };
}

function mismatch(state: RoutineState, dataset: Dataset): string | null {
  if (state.answers.length !== dataset.contraindications.length)
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

export function serialiseRoutine(state: RoutineState, now: number): string {
  return JSON.stringify({ version: SAVED_ROUTINE_VERSION, savedAt: now, state });
}
