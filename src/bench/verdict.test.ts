import { describe, expect, it } from 'vitest';
import { METRICS } from './budgets';
import type { Metrics } from './metrics';
import { formatTable, judge } from './verdict';
import { median, percentile } from './stats';
import type { LighthouseResult } from './lighthouse';
import { formatLighthouseTable, judgeLighthouse } from './lighthouse-verdict';
import { floorRatio } from './floor-ratio';

const WITHIN: Metrics = {
  firstScreenJsKB: 85,
  firstScreenCssKB: 3,
  bodyViewJsKB: 300,
  workerJsKB: 40,
  otherLazyJsKB: 30,
  modelKB: 140,
  dataSummaryKB: 6,
  dataDetailsKB: 7,
  firstScreenMs: 500,
  fcpMs: 400,
  lcpMs: 500,
  cls: 0,
  firstBodyFrameMs: 1100,
  floorBodyFrameMs: 1000,
  bodyFrameVsFloor: 1.1,
  phoneBodyFrameMs: 5000,
  phoneLongTasks: 3,
  phoneBlockingMs: 150,
  phoneCpuBlockingMs: 120,
  phoneReadbackMs: 100,
  phoneBlockingWithoutReadbackMs: 50,
  loadFrames: 1,
  drawCalls: 4,
  triangles: 46_000,
  idleFrames: 0,
  clickToDetailsP75Ms: 40,
  heapMB: 30,
};

describe('bench verdicts', () => {
  it("in CI's short run, fails only on the figures that hold still, and reports the timings", () => {
    const slowMachine = {
      ...WITHIN,
      firstBodyFrameMs: 9000,
      lcpMs: 9000,
      clickToDetailsP75Ms: 900,
    };
    const ci = judge(slowMachine, null, { steadyOnly: true });
    expect(ci.filter((row) => !row.withinBudget)).toEqual([]);
    const timing = ci.find((row) => row.spec.key === 'firstBodyFrameMs')!;
    expect(timing.gated).toBe(false);
    expect(formatTable(ci)).toContain('reported (moves with load)');
    // The same figures fail a full run.
    const full = judge(slowMachine, null).filter((row) => !row.withinBudget);
    expect(full.map((row) => row.spec.key).sort()).toEqual(
      ['clickToDetailsP75Ms', 'firstBodyFrameMs', 'lcpMs'].sort(),
    );
    // A byte budget and the same-run ratio still fail CI.
    const heavy = judge({ ...WITHIN, firstScreenJsKB: 120, bodyFrameVsFloor: 4.5 }, null, {
      steadyOnly: true,
    });
    expect(heavy.filter((row) => !row.withinBudget).map((row) => row.spec.key)).toEqual([
      'firstScreenJsKB',
      'bodyFrameVsFloor',
    ]);
    // A figure CI did not measure (the phone's trace) breaches nothing there.
    const untraced = judge({ ...WITHIN, phoneBlockingWithoutReadbackMs: Number.NaN }, null, {
      steadyOnly: true,
    });
    expect(untraced.every((row) => row.withinBudget)).toBe(true);
  });

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
    const rows = judge({ ...WITHIN, firstScreenJsKB: 85 * 1.1, bodyViewJsKB: 301 }, WITHIN);
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

  it('reports the first body frame against the 1.3× floor target, failing only past 4×', () => {
    const verdict = (ratio: number) =>
      judge({ ...WITHIN, bodyFrameVsFloor: ratio }, null).find(
        (row) => row.spec.key === 'bodyFrameVsFloor',
      )!;
    expect(verdict(1.3).meetsTarget).toBe(true);
    expect(verdict(1.31).meetsTarget).toBe(false);
    expect(verdict(NaN).meetsTarget).toBe(false);
    expect(verdict(2.2).withinBudget).toBe(true);
    expect(verdict(4.1).withinBudget).toBe(false);
    expect(formatTable([verdict(2.2)])).toMatch(
      /2\.20× +\| ≤ 4\.00×, target ≤ 1\.30× +\| pass, target not yet met/,
    );
  });

  it("holds the first screen's JS to 90 kB, now a budget", () => {
    const row = (kB: number) =>
      judge({ ...WITHIN, firstScreenJsKB: kB }, null).find(
        (r) => r.spec.key === 'firstScreenJsKB',
      )!;
    expect(row(90).withinBudget).toBe(true);
    expect(row(90.1).withinBudget).toBe(false);
    expect(row(90.1).meetsTarget).toBeNull();
  });

  it('takes medians and nearest-rank percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(twenty, 0.75)).toBe(15);
  });
});

describe('floor ratio', () => {
  it('divides the medians of alternating loads, so one slow load moves neither', () => {
    const ratio = floorRatio([1900, 2000, 6000, 2100, 1950], [900, 1000, 950, 4000, 1000]);
    expect(ratio).toEqual({ atlasMs: 2000, floorMs: 1000, ratio: 2 });
  });

  it('refuses loads that did not alternate one for one', () => {
    expect(() => floorRatio([1, 2, 3], [1, 2])).toThrow(/3 atlas loads against 2 floor loads/);
  });

  it('gives no ratio when the floor was never timed', () => {
    expect(floorRatio([1000], [0]).ratio).toBeNaN();
  });
});

describe('Lighthouse verdicts', () => {
  const GOOD_DESKTOP: LighthouseResult = {
    preset: 'desktop',
    version: '12.8.2',
    performance: 99,
    accessibility: 100,
    bestPractices: 100,
    lcpMs: 900,
    cls: 0.01,
    tbtMs: 300,
    fcpMs: 600,
    failedAccessibilityAudits: [],
  };
  const GOOD_MOBILE: LighthouseResult = {
    ...GOOD_DESKTOP,
    preset: 'mobile',
    performance: 92,
    lcpMs: 2400,
    tbtMs: 180,
    cls: 0.015,
  };
  const missed = (result: LighthouseResult) =>
    judgeLighthouse(result)
      .filter((row) => row.pass === false)
      .map((row) => row.label);

  it('meets every target with a good run of either preset', () => {
    expect(missed(GOOD_DESKTOP)).toEqual([]);
    expect(missed(GOOD_MOBILE)).toEqual([]);
  });

  it('misses accessibility below 100 and LCP or CLS over their limits', () => {
    const result = { ...GOOD_DESKTOP, accessibility: 96, lcpMs: 1600, cls: NaN };
    expect(missed(result)).toEqual([
      'Accessibility score',
      'Largest contentful paint',
      'Cumulative layout shift',
    ]);
    expect(formatLighthouseTable('desktop', judgeLighthouse(result))).toMatch(
      /Accessibility score +\| 96 +\| +\| budget = 100 +\| BREACHED/,
    );
  });

  it('fails the bench on a missed budget only: a missed target is reported', () => {
    const breached = (result: LighthouseResult) =>
      judgeLighthouse(result)
        .filter((row) => row.kind === 'budget' && row.pass === false)
        .map((row) => row.label);
    const slow = { ...GOOD_MOBILE, performance: 60, tbtMs: 2000 };
    expect(missed(slow)).toEqual(['Performance score', 'Total blocking time']);
    expect(breached(slow)).toEqual([]);
    expect(breached({ ...GOOD_MOBILE, lcpMs: 4000 })).toEqual(['Largest contentful paint']);
    expect(formatLighthouseTable('mobile', judgeLighthouse(slow))).toMatch(
      /Total blocking time +\| 2000 ms +\| +\| target ≤ 200 ms +\| target not met/,
    );
  });

  it("prints the floor page's figures beside the atlas's", () => {
    const floor = { ...GOOD_MOBILE, performance: 84, tbtMs: 584 };
    const table = formatLighthouseTable('mobile', judgeLighthouse(GOOD_MOBILE, floor));
    expect(table).toMatch(/\| Atlas +\| Floor page +\|/);
    expect(table).toMatch(/Performance score +\| 92 +\| 84 +\| target ≥ 90 +\| target met/);
    expect(table).toMatch(/Total blocking time +\| 180 ms +\| 584 ms +\|/);
  });

  it('holds desktop to 98 and mobile to 90, with the phone stricter on TBT and CLS', () => {
    expect(missed({ ...GOOD_DESKTOP, performance: 97 })).toEqual(['Performance score']);
    expect(missed({ ...GOOD_MOBILE, performance: 89 })).toEqual(['Performance score']);
    expect(missed({ ...GOOD_MOBILE, tbtMs: 201, cls: 0.03, lcpMs: 2600 })).toEqual([
      'Largest contentful paint',
      'Total blocking time',
      'Cumulative layout shift',
    ]);
    // Desktop reports TBT without a target, and CLS 0.03 is within its 0.05.
    expect(missed({ ...GOOD_DESKTOP, tbtMs: 900, cls: 0.03 })).toEqual([]);
  });

  it('misses best practices below 100', () => {
    expect(missed({ ...GOOD_MOBILE, bestPractices: 96 })).toEqual(['Best-practices score']);
  });
});
