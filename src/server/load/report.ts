import { formatValue } from '../../bench/verdict.ts';

export interface LoadRow {
  label: string;
  value: number;
  unit: 'ms' | 'MB' | '';
  /** The figure must stay at or under max / at or over min; null means reported only. */
  budget: { max?: number; min?: number } | null;
}

export interface JudgedRow extends LoadRow {
  /** null when the figure has no budget. */
  withinBudget: boolean | null;
}

export function judgeLoad(rows: LoadRow[]): JudgedRow[] {
  return rows.map((row) => {
    if (row.budget === null) return { ...row, withinBudget: null };
    const { max, min } = row.budget;
    const withinBudget =
      Number.isFinite(row.value) &&
      (max === undefined || row.value <= max) &&
      (min === undefined || row.value >= min);
    return { ...row, withinBudget };
  });
}

function budgetText(row: LoadRow): string {
  if (row.budget === null) return '(report)';
  const { max, min } = row.budget;
  if (max !== undefined) return `≤ ${formatValue(max, row.unit)}`;
  return `≥ ${formatValue(min ?? NaN, row.unit)}`;
}

/** Figure, value, budget, verdict: the bench's table (src/bench/verdict.ts), for the load run. */
export function formatLoadTable(rows: JudgedRow[]): string {
  const lines = rows.map((row) => [
    row.label,
    formatValue(row.value, row.unit),
    budgetText(row),
    row.withinBudget === null ? '' : row.withinBudget ? 'pass' : 'OVER BUDGET',
  ]);
  const header = ['Figure', 'Value', 'Budget', 'Verdict'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  );
  const format = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [format(header), rule, ...lines.map(format)].join('\n');
}
