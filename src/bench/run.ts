import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { launchBrowser } from '../e2e/support/browser';
import { startBuiltApp } from '../e2e/support/server';
import { buildApp, REPO_ROOT } from './build-app';
import { runLighthouse, type LighthouseResult } from './lighthouse';
import { formatLighthouseTable, judgeLighthouse } from './lighthouse-verdict';
import { measureBundle } from './bundle-sizes';
import { measurePage } from './measure-page';
import type { Metrics, PageMetrics } from './metrics';
import { readOptions } from './options';
import { median } from './stats';
import { formatTable, formatValue, judge } from './verdict';

const BASELINE = join(REPO_ROOT, 'src', 'bench', 'baseline.json');
const DATASET = join(REPO_ROOT, 'points', 'points.json');
const KB = 1000;

const options = readOptions(process.argv.slice(2));
const loadAtStart = loadavg()[0]!;

if (options.build) {
  console.log(`bench: building into ${options.outDir}`);
  console.log(`bench: built in ${(buildApp(options.outDir) / 1000).toFixed(1)} s`);
} else if (!existsSync(join(options.outDir, 'index.html'))) {
  throw new Error(`--no-build, but ${options.outDir} holds no build`);
}
const bytes = measureBundle(options.outDir, DATASET);

process.env.ATLAS_DIST = options.outDir;
const server = await startBuiltApp();
const runs: PageMetrics[] = [];
let lighthouse: LighthouseResult | null = null;
try {
  for (let run = 1 - options.warmups; run <= options.runs; run++) {
    // A fresh profile each time: every run is a cold load, as on a teacher's first visit.
    const browser = await launchBrowser();
    try {
      const metrics = await measurePage(browser.context, server.url);
      const name = run < 1 ? 'warm-up (not counted)' : `run ${run}/${options.runs}`;
      if (run >= 1) runs.push(metrics);
      console.log(
        `bench: ${name}: first screen ${metrics.firstScreenMs.toFixed(0)} ms, ` +
          `body ${metrics.firstBodyFrameMs.toFixed(0)} ms, click p75 ${metrics.clickToDetailsP75Ms.toFixed(0)} ms`,
      );
    } finally {
      await browser.close();
    }
  }
  if (options.lighthouse) {
    console.log('bench: running Lighthouse (desktop preset)');
    lighthouse = runLighthouse(server.url);
  }
} finally {
  await server.stop();
}

const pageMedians = Object.fromEntries(
  Object.keys(runs[0]!).map((key) => [key, median(runs.map((r) => r[key as keyof PageMetrics]))]),
) as unknown as PageMetrics;
const metrics: Metrics = {
  firstScreenJsKB: bytes.firstScreenJs / KB,
  firstScreenCssKB: bytes.firstScreenCss / KB,
  lazyJsKB: bytes.lazyJs / KB,
  modelKB: bytes.model / KB,
  dataKB: bytes.data / KB,
  ...pageMedians,
};

const baseline = existsSync(BASELINE)
  ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as { metrics: Partial<Metrics> }).metrics
  : null;
const rows = judge(metrics, baseline);
const machine = {
  cores: cpus().length,
  loadAverage1mAtStart: loadAtStart,
  loadAverage1mAtEnd: loadavg()[0]!,
};

console.log(
  `\nMedian of ${options.runs} cold runs (after ${options.warmups} warm-up); ${machine.cores} cores, load average (1 min) ` +
    `${machine.loadAverage1mAtStart.toFixed(2)} at start, ${machine.loadAverage1mAtEnd.toFixed(2)} at end. ` +
    `Chromium with SwiftShader WebGL, 1280×800.\n`,
);
console.log(formatTable(rows));
const lighthouseRows = lighthouse === null ? [] : judgeLighthouse(lighthouse);
if (lighthouse !== null) {
  console.log(`\nLighthouse ${lighthouse.version}, one run against the same build:\n`);
  console.log(formatLighthouseTable(lighthouseRows));
  for (const audit of lighthouse.failedAccessibilityAudits) console.log(`  failed: ${audit}`);
}

const report = {
  date: new Date().toISOString(),
  machine,
  options,
  metrics,
  runs,
  bytes,
  rows,
  lighthouse,
};
mkdirSync(dirname(options.report), { recursive: true });
writeFileSync(options.report, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nbench: report written to ${options.report}`);

if (options.updateBaseline) {
  writeFileSync(BASELINE, `${JSON.stringify({ date: report.date, machine, metrics }, null, 2)}\n`);
  console.log(`bench: baseline updated: ${BASELINE}`);
}

const regressed = rows.filter((row) => row.regressed);
for (const row of regressed) {
  console.log(
    `bench: regression (reported, not failing): ${row.spec.label} ` +
      `${formatValue(row.value, row.spec.unit)}, baseline ${formatValue(row.baseline, row.spec.unit)}`,
  );
}
const breaches = rows.filter((row) => !row.withinBudget);
for (const row of breaches) {
  console.error(
    `bench: BUDGET BREACHED: ${row.spec.label} is ${formatValue(row.value, row.spec.unit)}, ` +
      `budget ${formatValue(row.spec.budget, row.spec.unit)}`,
  );
}
const missed = lighthouseRows.filter((row) => row.pass === false);
for (const row of missed) {
  console.error(
    `bench: LIGHTHOUSE TARGET MISSED: ${row.label} is ${row.value}, target ${row.target}`,
  );
}
const failed = breaches.length + missed.length;
console.log(failed === 0 ? 'bench: every figure is within its budget' : '');
process.exitCode = failed === 0 ? 0 : 1;
