import { readFileSync } from 'node:fs';

const DATASET = new URL('../../points/points.json', import.meta.url);

/**
 * The point numbers of the dataset the atlas is built from (points/points.json, validated by
 * every build): the hub refuses a shared state or a question about any other number.
 */
export function datasetPointNumbers(file: URL | string = DATASET): number[] {
  const dataset = JSON.parse(readFileSync(file, 'utf8')) as { points?: { number?: unknown }[] };
  const numbers = (dataset.points ?? [])
    .map((point) => point.number)
    .filter((number): number is number => Number.isInteger(number) && (number as number) > 0);
  if (numbers.length === 0) throw new Error(`${String(file)} lists no points`);
  return numbers;
}
