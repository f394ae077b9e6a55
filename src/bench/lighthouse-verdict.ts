import type { LighthouseResult } from './lighthouse';

export interface LighthouseRow {
  label: string;
  value: string;
  target: string;
  /** null: reported only, no target. */
  pass: boolean | null;
}

/** Lighthouse's figures against the targets: LCP ≤ 1.5 s, CLS ≤ 0.05, accessibility 100. */
export function judgeLighthouse(result: LighthouseResult): LighthouseRow[] {
  const atMost = (value: number, limit: number) => Number.isFinite(value) && value <= limit;
  return [
    { label: 'Performance score', value: `${result.performance}`, target: '(report)', pass: null },
    {
      label: 'Accessibility score',
      value: `${result.accessibility}`,
      target: '= 100',
      pass: result.accessibility === 100,
    },
    {
      label: 'Best-practices score',
      value: `${result.bestPractices}`,
      target: '(report)',
      pass: null,
    },
    {
      label: 'Largest contentful paint',
      value: `${Math.round(result.lcpMs)} ms`,
      target: '≤ 1500 ms',
      pass: atMost(result.lcpMs, 1500),
    },
    {
      label: 'Cumulative layout shift',
      value: result.cls.toFixed(3),
      target: '≤ 0.050',
      pass: atMost(result.cls, 0.05),
    },
  ];
}

export function formatLighthouseTable(rows: LighthouseRow[]): string {
  const cells = rows.map((row) => [
    row.label,
    row.value,
    row.target,
    row.pass === null ? '' : row.pass ? 'pass' : 'MISSED',
  ]);
  const header = ['Lighthouse (desktop preset)', 'Value', 'Target', 'Verdict'];
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
