import { readFileSync } from 'node:fs';
import { validateDataset } from '../../../points/validate';

/**
 * The whole dataset, read and checked in Node as the build checks it. The app's own modules
 * (src/data/dataset.ts, full-dataset.ts) import the build's cut of points.json, which only the
 * bundler can give; the browser tests run outside it.
 */
function readDataset() {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../../../points/points.json', import.meta.url), 'utf8'),
  );
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(`points/points.json is invalid:\n${result.errors.join('\n')}`);
  return result.data;
}

export const DATASET = readDataset();
