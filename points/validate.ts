import type { z } from 'zod';
import { datasetSchema, type Dataset } from './schema.ts';
import { checkDatasetRules } from './rules.ts';

export type ValidationResult = { ok: true; data: Dataset } | { ok: false; errors: string[] };

/**
 * Parses the raw dataset and returns either the typed data or a list of readable messages,
 * each naming the point (by its number when it has a valid one) and the field path, e.g.
 * `point 7: location.offsets[0].unit: expected "finger-width" | "mm"`.
 */
export function validateDataset(raw: unknown): ValidationResult {
  const parsed = datasetSchema.safeParse(raw, { error: describeIssue });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => formatIssue(issue, raw)) };
  }
  const ruleErrors = checkDatasetRules(parsed.data);
  return ruleErrors.length > 0
    ? { ok: false, errors: ruleErrors }
    : { ok: true, data: parsed.data };
}

type RawIssue = z.core.$ZodRawIssue;

/** Short, plain wording for the common failures; undefined keeps the schema's own message. */
function describeIssue(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_value':
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' | ')}`;
    case 'invalid_type':
      return issue.input === undefined
        ? 'is missing'
        : `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}`;
    default:
      return undefined;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function formatIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const path = [...issue.path];
  if (path[0] === 'points' && typeof path[1] === 'number') {
    const subject = describePointAt(raw, path[1]);
    const field = formatPath(path.slice(2));
    return `${subject}: ${field === '' ? '' : `${field}: `}${issue.message}`;
  }
  const field = formatPath(path);
  return field === '' ? issue.message : `${field}: ${issue.message}`;
}

/** "point 7" when the entry carries a usable number, otherwise its position in the list. */
export function describePointAt(raw: unknown, index: number): string {
  const points = (raw as { points?: unknown } | null)?.points;
  const entry = Array.isArray(points)
    ? (points[index] as { number?: unknown } | undefined)
    : undefined;
  const number = entry?.number;
  return Number.isInteger(number)
    ? `point ${String(number)}`
    : `points[${index}] (no valid number)`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}
