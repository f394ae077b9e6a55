import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { measureDataset } from './dataset-sizes';

const DATASET = fileURLToPath(new URL('../../points/points.json', import.meta.url));

describe('dataset sizes', () => {
  it("weighs the first screen's part and the details apart, each less than the whole", () => {
    const whole = gzipSync(JSON.stringify(JSON.parse(readFileSync(DATASET, 'utf8'))), {
      level: 9,
    }).length;
    const { summary, details } = measureDataset(DATASET);
    expect(summary).toBeLessThan(whole);
    expect(details).toBeLessThan(whole);
    // Cut apart, the parts compress a little worse than the whole, never much.
    expect(summary + details).toBeGreaterThanOrEqual(whole * 0.95);
    expect(summary + details).toBeLessThan(whole * 1.2);
  });
});
