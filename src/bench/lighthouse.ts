import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../e2e/support/browser';
import { REPO_ROOT } from './build-app';

/**
 * Lighthouse lives in its own locked folder (lighthouse-tool/, installed by npm ci on first use):
 * about 150 packages that only `--lighthouse` needs stay out of the app's install and of CI.
 */
const TOOL_DIR = join(REPO_ROOT, 'src', 'bench', 'lighthouse-tool');
const CLI = join(TOOL_DIR, 'node_modules', 'lighthouse', 'cli', 'index.js');

/** The same quiet, GPU-less Chromium as the browser tests; Lighthouse adds its own fresh profile. */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Mobile is Lighthouse's default (a mid-range phone: 4× CPU slowdown, slow 4G, simulated). */
export type LighthousePreset = 'mobile' | 'desktop';

export interface LighthouseResult {
  preset: LighthousePreset;
  version: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  /** Accessibility audits that failed, by id and title: empty when the score is 100. */
  failedAccessibilityAudits: string[];
}

interface Report {
  lighthouseVersion: string;
  /** Set when Lighthouse could not measure the page (it then reports no scores). */
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
}

function ensureInstalled(): void {
  if (existsSync(CLI)) return;
  console.log('bench: installing Lighthouse from src/bench/lighthouse-tool/package-lock.json');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: TOOL_DIR,
    stdio: 'inherit',
  });
}

/**
 * One Lighthouse run with `preset` against `url`, with the scores and figures the bench reports. A
 * run that fails outright (Lighthouse's own error, such as a page it saw no paint of) is tried
 * once more before the bench gives up.
 */
export function runLighthouse(url: string, preset: LighthousePreset): LighthouseResult {
  ensureInstalled();
  try {
    return runOnce(url, preset);
  } catch (error) {
    console.log(`bench: Lighthouse failed (${(error as Error).message.split('\n')[0]}); once more`);
    return runOnce(url, preset);
  }
}

function runOnce(url: string, preset: LighthousePreset): LighthouseResult {
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-lighthouse-'));
  const reportPath = join(outDir, 'report.json');
  try {
    execFileSync(
      process.execPath,
      [
        CLI,
        url,
        ...(preset === 'desktop' ? ['--preset=desktop'] : []),
        '--only-categories=performance,accessibility,best-practices',
        '--output=json',
        `--output-path=${reportPath}`,
        '--quiet',
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      ],
      {
        env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    return summarise(JSON.parse(readFileSync(reportPath, 'utf8')) as Report, preset);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function summarise(report: Report, preset: LighthousePreset): LighthouseResult {
  if (report.runtimeError !== undefined) {
    throw new Error(`${report.runtimeError.code}: ${report.runtimeError.message}`);
  }
  const score = (category: string) => Math.round((report.categories[category]?.score ?? NaN) * 100);
  const accessibility = report.categories.accessibility;
  const failed = (accessibility?.auditRefs ?? [])
    .map(({ id }) => ({ id, audit: report.audits[id] }))
    .filter(({ audit }) => audit !== undefined && audit.score !== null && audit.score < 1)
    .map(({ id, audit }) => `${id}: ${audit!.title}`);
  const numeric = (audit: string) => report.audits[audit]?.numericValue ?? NaN;
  return {
    preset,
    version: report.lighthouseVersion,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: numeric('largest-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    tbtMs: numeric('total-blocking-time'),
    fcpMs: numeric('first-contentful-paint'),
    failedAccessibilityAudits: failed,
  };
}
