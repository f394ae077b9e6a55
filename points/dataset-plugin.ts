import type { Plugin } from 'vite';
import { validateDataset } from './validate.ts';

const DATASET_FILE = /[\\/]points[\\/]points\.json$/;

/**
 * Every problem with points.json's text, one readable message each ("point 7:
 * location.offsets[0].unit: …"), or none when the dataset is valid.
 */
export function datasetProblems(jsonText: string): string[] {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (error) {
    return [`not valid JSON: ${(error as Error).message}`];
  }
  const result = validateDataset(raw);
  return result.ok ? [] : result.errors;
}

/**
 * Validates points.json when the app imports it, so the dataset is checked once, where it enters
 * the app: `vite build` stops and the dev server shows its error overlay, naming point and field.
 * The browser then trusts the bundled data and never ships or runs the validator (zod and the
 * rules cost the first screen about 60 ms on this machine).
 */
export function validatedDataset(): Plugin {
  return {
    name: 'atlas-validated-dataset',
    enforce: 'pre',
    transform(code, id) {
      if (!DATASET_FILE.test(id.split('?')[0]!)) return null;
      const problems = datasetProblems(code);
      if (problems.length > 0) {
        this.error(
          `points/points.json has ${problems.length} problem(s):\n` +
            problems.map((problem) => `  - ${problem}`).join('\n'),
        );
      }
      return null;
    },
  };
}
