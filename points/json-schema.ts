import { z } from 'zod';
import { datasetSchema } from './schema';

/** The JSON Schema editors use to check points.json as it is typed; derived, never hand-edited. */
export function datasetJsonSchema(): string {
  const schema = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ title: 'Acupressure atlas dataset', ...schema }, null, 2)}\n`;
}
