import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchema } from './json-schema';

const target = fileURLToPath(new URL('./points.schema.json', import.meta.url));
writeFileSync(target, datasetJsonSchema());
console.log('wrote points/points.schema.json');
