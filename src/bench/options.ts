import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './build-app';

export interface BenchOptions {
  outDir: string;
  build: boolean;
  runs: number;
  /** Cold loads measured first and not counted: they fill the OS file cache, as daily use has. */
  warmups: number;
  /** Lighthouse's mobile and desktop presets, on the atlas and the floor page (about a minute). */
  lighthouse: boolean;
  updateBaseline: boolean;
  report: string;
  /**
   * CI's short run: no phone trace and no Lighthouse, and only the figures that hold still on a
   * busy machine (budgets.ts, `steady`) can fail; the timings are reported.
   */
  ci: boolean;
}

/** `npm run bench -- [--out-dir DIR] [--no-build] [--runs N] [--warmups N] [--no-lighthouse] [--ci] [--update-baseline]` */
export function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      'out-dir': { type: 'string', default: join(tmpdir(), 'atlas-bench-dist') },
      'no-build': { type: 'boolean', default: false },
      runs: { type: 'string', default: '5' },
      warmups: { type: 'string', default: '1' },
      'no-lighthouse': { type: 'boolean', default: false },
      'update-baseline': { type: 'boolean', default: false },
      ci: { type: 'boolean', default: false },
      report: {
        type: 'string',
        default: join(REPO_ROOT, 'node_modules', '.cache', 'atlas-bench', 'report.json'),
      },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1`);
  const warmups = Number(values.warmups);
  if (!Number.isInteger(warmups) || warmups < 0) {
    throw new Error(`--warmups must be a whole number ≥ 0`);
  }
  return {
    outDir: values['out-dir'],
    build: !values['no-build'],
    runs,
    warmups,
    lighthouse: !values['no-lighthouse'] && !values.ci,
    ci: values.ci,
    updateBaseline: values['update-baseline'],
    report: values.report,
  };
}
