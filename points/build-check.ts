import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateDataset } from './validate';

// Run before every build: a broken dataset stops the build with messages naming point and field.
const file = fileURLToPath(new URL('./points.json', import.meta.url));
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`points/points.json is not valid JSON: ${(error as Error).message}`);
  process.exit(1);
}
const result = validateDataset(raw);
if (!result.ok) {
  console.error(`points/points.json has ${result.errors.length} problem(s):`);
  for (const message of result.errors) console.error(`  - ${message}`);
  process.exit(1);
}
console.log(`points/points.json: ${result.data.points.length} points valid`);
