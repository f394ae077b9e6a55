import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { detailsOf, summaryOf } from '../../points/dataset-parts';
import type { Dataset } from '../../points/schema';

export interface DatasetSizes {
  /** The part bundled into the first-screen JS (a part of that figure). */
  summary: number;
  /** The points' details, loaded after the first paint. */
  details: number;
}

const gzipped = (data: unknown) => gzipSync(JSON.stringify(data), { level: 9 }).length;

/** Gzip sizes of the two parts the build cuts points.json into (points/dataset-parts.ts). */
export function measureDataset(datasetPath: string): DatasetSizes {
  const dataset = JSON.parse(readFileSync(datasetPath, 'utf8')) as Dataset;
  return { summary: gzipped(summaryOf(dataset)), details: gzipped(detailsOf(dataset)) };
}
