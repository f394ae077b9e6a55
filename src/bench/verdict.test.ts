import { describe, expect, it } from 'vitest';
import { METRICS } from './budgets';
import type { Metrics } from './metrics';
import { formatTable, judge } from './verdict';
import { median, percentile } from './stats';
import type { LighthouseResult } from './lighthouse';
import { formatLighthouseTable, judgeLighthouse } from './lighthouse-verdict';

const WITHIN: Metrics = {
  firstScreenJsKB: 110,
  firstScreenCssKB: 3,
  lazyJsKB: 300,
  modelKB: 140,
  dataKB: 12,
  firstScreenMs: 500,
  fcpMs: 400,
  lcpMs: 500,
  cls: 0,
  firstBodyFrameMs: 2000,
  drawCalls: 4,
  triangles: 46_000,
  idleFrames: 0,
  clickToDetailsP75Ms: 40,
  heapMB: 30,
};

describe('bench verdicts', () => {
  it('passes figures within their budgets and flags the one that is over', () => {
    expect(judge(WITHIN, null).every((row) => row.withinBudget)).toBe(true);
    const rows = judge({ ...WITHIN, idleFrames: 3 }, null);
    expect(rows.filter((row) => !row.withinBudget).map((row) => row.spec.key)).toEqual([
      'idleFrames',
    ]);
    expect(formatTable(rows)).toMatch(/Frames drawn in 2 s idle .*OVER BUDGET/);
  });

  it('treats a figure it could not measure as over budget', () => {
    const rows = judge({ ...WITHIN, firstBodyFrameMs: NaN }, null);
    expect(rows.find((row) => row.spec.key === 'firstBodyFrameMs')?.withinBudget).toBe(false);
  });

  it('flags a regression against the baseline beyond the tolerance only', () => {
    const rows = judge({ ...WITHIN, firstScreenJsKB: 110 * 1.1, lazyJsKB: 301 }, WITHIN);
    const regressed = rows.filter((row) => row.regressed).map((row) => row.spec.key);
    expect(regressed).toEqual(['firstScreenJsKB']);
  });

  it('does not call a rise from a zero baseline a regression until it is large enough to matter', () => {
    const flagged = (metrics: Metrics) =>
      judge(metrics, WITHIN)
        .filter((row) => row.regressed)
        .map((row) => row.spec.key);
    expect(flagged({ ...WITHIN, cls: 0.0003 })).toEqual([]);
    expect(flagged({ ...WITHIN, cls: 0.02 })).toEqual(['cls']);
    expect(flagged({ ...WITHIN, idleFrames: 1 })).toEqual(['idleFrames']);
  });

  it('has one table row per metric, each with a budget column', () => {
    const table = formatTable(judge(WITHIN, WITHIN)).split('\n');
    expect(table).toHaveLength(METRICS.length + 2);
  });

  it('takes medians and nearest-rank percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(twenty, 0.75)).toBe(15);
  });
});

describe('Lighthouse verdicts', () => {
  const GOOD: LighthouseResult = {
    version: '12.8.2',
    performance: 97,
    accessibility: 100,
    bestPractices: 100,
    lcpMs: 900,
    cls: 0.01,
    failedAccessibilityAudits: [],
  };

  it('meets every target with a good run', () => {
    expect(judgeLighthouse(GOOD).filter((row) => row.pass === false)).toEqual([]);
  });

  it('misses accessibility below 100 and LCP or CLS over their limits', () => {
    const rows = judgeLighthouse({ ...GOOD, accessibility: 96, lcpMs: 1600, cls: NaN });
    expect(rows.filter((row) => row.pass === false).map((row) => row.label)).toEqual([
      'Accessibility score',
      'Largest contentful paint',
      'Cumulative layout shift',
    ]);
    expect(formatLighthouseTable(rows)).toMatch(/Accessibility score +\| 96 +\| = 100 +\| MISSED/);
  });
});
