import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './build-app';

export interface BenchOptions {
  outDir: string;
  build: boolean;
  runs: number;
  lighthouse: boolean;
  updateBaseline: boolean;
  report: string;
}

/** `npm run bench -- [--out-dir DIR] [--no-build] [--runs N] [--lighthouse] [--update-baseline]` */
export function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      'out-dir': { type: 'string', default: join(tmpdir(), 'atlas-bench-dist') },
      'no-build': { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      lighthouse: { type: 'boolean', default: false },
      'update-baseline': { type: 'boolean', default: false },
      report: {
        type: 'string',
        default: join(REPO_ROOT, 'node_modules', '.cache', 'atlas-bench', 'report.json'),
      },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1`);
  return {
    outDir: values['out-dir'],
    build: !values['no-build'],
    runs,
    lighthouse: values.lighthouse,
    updateBaseline: values['update-baseline'],
    report: values.report,
  };
}
