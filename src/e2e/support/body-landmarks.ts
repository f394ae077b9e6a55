import { readFileSync } from 'node:fs';
import type { LandmarkTable } from '../../../models/landmark-table';

/**
 * The body generator's landmark table, read in Node: the app's module imports the JSON through
 * the bundler, which the browser tests run outside of.
 */
export const BODY_LANDMARKS = JSON.parse(
  readFileSync(new URL('../../../models/landmarks.json', import.meta.url), 'utf8'),
) as LandmarkTable;
