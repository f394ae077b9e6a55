import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { detailsOf, summaryOf } from './dataset-parts.ts';
import { validateDataset, type ValidationResult } from './validate.ts';

const DATASET_FILE = /[\\/]points[\\/]points\.json$/;
/** `import summary from '…/points.json?summary'` (or `?details`): one part of the dataset. */
const DATASET_PART = /(^|[\\/])points\.json\?(summary|details)$/;
const PART_PREFIX = '\0atlas-dataset-part:';
const PART_SEPARATOR = ', part: ';

/**
 * Every problem with points.json's text, one readable message each ("point 7:
 * location.offsets[0].unit: …"), or none when the dataset is valid.
 */
export function datasetProblems(jsonText: string): string[] {
  const result = parseDataset(jsonText);
  return result.ok ? [] : result.errors;
}

function parseDataset(jsonText: string): ValidationResult {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  return validateDataset(raw);
}

function problemsMessage(problems: string[]): string {
  return (
    `points/points.json has ${problems.length} problem(s):\n` +
    problems.map((problem) => `  - ${problem}`).join('\n')
  );
}

/**
 * Validates points.json when the app imports it, so the dataset is checked once, where it enters
 * the app: `vite build` stops and the dev server shows its error overlay, naming point and field.
 * The browser then trusts the bundled data and never ships or runs the validator (zod and the
 * rules cost the first screen about 60 ms on this machine).
 *
 * It also cuts the file in two (dataset-parts.ts): `points.json?summary` for the first screen and
 * `points.json?details` for what loads after it (the unit tests' project uses this plugin too).
 */
export function validatedDataset(): Plugin {
  return {
    name: 'atlas-validated-dataset',
    enforce: 'pre',
    async resolveId(source, importer) {
      const part = DATASET_PART.exec(source);
      if (part === null) return null;
      const file = await this.resolve(source.split('?')[0]!, importer, { skipSelf: true });
      if (file === null) return null;
      // Named by file and part, and not ending in .json: no JSON plugin takes it for the file.
      return `${PART_PREFIX}${file.id}${PART_SEPARATOR}${part[2]}`;
    },
    load(id) {
      if (!id.startsWith(PART_PREFIX)) return null;
      const named = id.slice(PART_PREFIX.length);
      const file = named.slice(0, named.lastIndexOf(PART_SEPARATOR));
      const part = named.slice(file.length + PART_SEPARATOR.length);
      this.addWatchFile(file);
      const result = parseDataset(readFileSync(file, 'utf8'));
      if (!result.ok) return this.error(problemsMessage(result.errors));
      const data = part === 'summary' ? summaryOf(result.data) : detailsOf(result.data);
      // Parsed as JSON, which engines read faster than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
    },
    transform(code, id) {
      if (!DATASET_FILE.test(id.split('?')[0]!)) return null;
      const problems = datasetProblems(code);
      if (problems.length > 0) this.error(problemsMessage(problems));
      return null;
    },
  };
}
