import { METRICS, type MetricSpec } from './budgets';
import type { Metrics } from './metrics';

export interface Row {
  spec: MetricSpec;
  /** Whether a breach of its budget fails this run. */
  gated: boolean;
  value: number;
  baseline: number | null;
  withinBudget: boolean;
  /** Whether the figure meets its spec's target; null when it has none. */
  meetsTarget: boolean | null;
  regressed: boolean;
}

/**
 * Each figure against its budget and against the committed baseline. With `steadyOnly` (CI's
 * short run) a figure that moves with the machine's load keeps its budget in the table but
 * cannot breach it; one that was not measured (NaN, the phone trace skipped) breaches nothing.
 */
export function judge(
  metrics: Metrics,
  baseline: Partial<Metrics> | null,
  { steadyOnly = false } = {},
): Row[] {
  return METRICS.map((spec) => {
    const value = metrics[spec.key];
    const before = baseline?.[spec.key] ?? null;
    const gated = spec.budget !== null && (spec.steady || !steadyOnly);
    const withinBudget =
      !gated ||
      (Number.isFinite(value) && value <= spec.budget!) ||
      (steadyOnly && Number.isNaN(value));
    const meetsTarget =
      spec.target === undefined ? null : Number.isFinite(value) && value <= spec.target;
    const allowedRise = Math.max((before ?? 0) * spec.tolerance, spec.minRise ?? 0);
    const regressed = before !== null && value - before > allowedRise;
    return { spec, gated, value, baseline: before, withinBudget, meetsTarget, regressed };
  });
}

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === '×') return `${value.toFixed(2)}×`;
  const digits = unit === 'kB' || unit === 'MB' ? 1 : value < 1 && value !== 0 ? 3 : 0;
  return `${value.toFixed(digits)}${unit === '' ? '' : ` ${unit}`}`;
}

/** A plain-text table: figure, median, budget, verdict, baseline. */
export function formatTable(rows: Row[]): string {
  const lines = rows.map((row) => [
    row.spec.label,
    formatValue(row.value, row.spec.unit),
    [
      row.spec.budget === null ? '(report)' : `≤ ${formatValue(row.spec.budget, row.spec.unit)}`,
      row.spec.target === undefined
        ? ''
        : `target ≤ ${formatValue(row.spec.target, row.spec.unit)}`,
    ]
      .filter((part) => part !== '')
      .join(', '),
    [
      row.spec.budget === null
        ? ''
        : !row.gated
          ? 'reported (moves with load)'
          : row.withinBudget
            ? 'pass'
            : 'OVER BUDGET',
      row.meetsTarget === null ? '' : row.meetsTarget ? 'target met' : 'target not yet met',
    ]
      .filter((part) => part !== '')
      .join(', '),
    formatValue(row.baseline, row.spec.unit) + (row.regressed ? '  REGRESSED' : ''),
  ]);
  const header = ['Figure (median)', 'Value', 'Budget', 'Verdict', 'Baseline'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  );
  const format = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [format(header), rule, ...lines.map(format)].join('\n');
}
