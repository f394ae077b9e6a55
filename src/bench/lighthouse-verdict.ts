import type { LighthousePreset, LighthouseResult } from './lighthouse';

/**
 * `budget`: a miss fails the bench. `target`: the project's goal, reported as met or not; on this
 * machine even the bare three.js floor page misses it (its figure is printed beside), because
 * without a GPU every WebGL frame is read back on the main thread. `report`: no limit.
 */
export type LighthouseLimitKind = 'budget' | 'target' | 'report';

interface FigureSpec {
  label: string;
  read: (result: LighthouseResult) => number;
  format: (value: number) => string;
  /** The limit and which way it points; none for a figure that is only reported. */
  limit?: { atLeast: number } | { atMost: number };
  kind: LighthouseLimitKind;
}

export interface LighthouseRow {
  label: string;
  value: string;
  /** The bare three.js floor page's figure under the same preset, when it was run. */
  floor: string;
  limit: string;
  kind: LighthouseLimitKind;
  /** null: nothing to meet. */
  pass: boolean | null;
}

const score = (value: number) => `${value}`;
const ms = (value: number) => `${Math.round(value)} ms`;
const shift = (value: number) => value.toFixed(3);

const scoreAtLeast = (
  label: string,
  read: FigureSpec['read'],
  atLeast: number,
  kind: LighthouseLimitKind,
): FigureSpec => ({ label, read, format: score, limit: { atLeast }, kind });

const msAtMost = (
  label: string,
  read: FigureSpec['read'],
  atMost: number | null,
  kind: LighthouseLimitKind,
): FigureSpec => ({
  label,
  read,
  format: ms,
  ...(atMost === null ? {} : { limit: { atMost } }),
  kind,
});

/** The same rows for both presets; their limits differ. */
function figures(limits: {
  performance: number;
  lcpMs: number;
  tbtMs: number | null;
  cls: number;
}): FigureSpec[] {
  return [
    scoreAtLeast('Performance score', (r) => r.performance, limits.performance, 'target'),
    scoreAtLeast('Accessibility score', (r) => r.accessibility, 100, 'budget'),
    scoreAtLeast('Best-practices score', (r) => r.bestPractices, 100, 'budget'),
    msAtMost('First contentful paint', (r) => r.fcpMs, null, 'report'),
    msAtMost('Largest contentful paint', (r) => r.lcpMs, limits.lcpMs, 'budget'),
    msAtMost(
      'Total blocking time',
      (r) => r.tbtMs,
      limits.tbtMs,
      limits.tbtMs === null ? 'report' : 'target',
    ),
    {
      label: 'Cumulative layout shift',
      read: (r) => r.cls,
      format: shift,
      limit: { atMost: limits.cls },
      kind: 'budget',
    },
  ];
}

/**
 * On a phone, the mobile preset holds the Core Web Vitals' "good" LCP and a TBT that leaves the
 * main thread free within 200 ms; desktop keeps its earlier LCP and CLS limits. Both keep
 * accessibility and best practices at 100.
 */
export const LIGHTHOUSE_FIGURES: Record<LighthousePreset, FigureSpec[]> = {
  mobile: figures({ performance: 90, lcpMs: 2500, tbtMs: 200, cls: 0.02 }),
  desktop: figures({ performance: 98, lcpMs: 1500, tbtMs: null, cls: 0.05 }),
};

function limitText(spec: FigureSpec): string {
  if (spec.limit === undefined) return '(report)';
  const bound =
    'atLeast' in spec.limit
      ? spec.limit.atLeast === 100
        ? '= 100'
        : `≥ ${spec.limit.atLeast}`
      : `≤ ${spec.format(spec.limit.atMost)}`;
  return `${spec.kind === 'budget' ? 'budget' : 'target'} ${bound}`;
}

function meets(spec: FigureSpec, value: number): boolean | null {
  if (spec.limit === undefined) return null;
  if (!Number.isFinite(value)) return false;
  return 'atLeast' in spec.limit ? value >= spec.limit.atLeast : value <= spec.limit.atMost;
}

/** The atlas's Lighthouse figures against the preset's limits, with the floor page's beside. */
export function judgeLighthouse(
  result: LighthouseResult,
  floor: LighthouseResult | null = null,
): LighthouseRow[] {
  return LIGHTHOUSE_FIGURES[result.preset].map((spec) => {
    const value = spec.read(result);
    return {
      label: spec.label,
      value: spec.format(value),
      floor: floor === null ? '' : spec.format(spec.read(floor)),
      limit: limitText(spec),
      kind: spec.kind,
      pass: meets(spec, value),
    };
  });
}

function verdict(row: LighthouseRow): string {
  if (row.pass === null) return '';
  if (row.kind === 'budget') return row.pass ? 'pass' : 'BREACHED';
  return row.pass ? 'target met' : 'target not met';
}

export function formatLighthouseTable(preset: LighthousePreset, rows: LighthouseRow[]): string {
  const cells = rows.map((row) => [row.label, row.value, row.floor, row.limit, verdict(row)]);
  const header = [`Lighthouse (${preset} preset)`, 'Atlas', 'Floor page', 'Limit', 'Verdict'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => line[column]!.length)),
  );
  const line = (values: string[]) =>
    `| ${values.map((value, column) => value.padEnd(widths[column]!)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.map(line),
  ].join('\n');
}
