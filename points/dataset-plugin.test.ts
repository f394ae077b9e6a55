import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetProblems, validatedDataset } from './dataset-plugin';
import { minimalDataset } from './fixtures/minimal-dataset';

const committed = readFileSync(new URL('./points.json', import.meta.url), 'utf8');

describe('datasetProblems', () => {
  it('finds none in the committed dataset', () => {
    expect(datasetProblems(committed)).toEqual([]);
  });

  it('names the point and the field at fault', () => {
    const broken = structuredClone(minimalDataset()) as any;
    broken.points[6].location.offsets[0].unit = 'inch';
    expect(datasetProblems(JSON.stringify(broken))).toEqual([
      'point 7: location.offsets[0].unit: expected "finger-width" | "mm"',
    ]);
  });

  it('says so when the file is not JSON at all', () => {
    expect(datasetProblems('{ "points": [')[0]).toMatch(/^not valid JSON: /);
  });
});

describe('a build with a broken dataset', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-dataset-plugin-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('stops, naming the point and field, and writes nothing', async () => {
    const broken = structuredClone(minimalDataset()) as any;
    broken.points[6].location.offsets[0].unit = 'inch';
    mkdirSync(join(root, 'points'));
    writeFileSync(join(root, 'points', 'points.json'), JSON.stringify(broken));
    writeFileSync(join(root, 'entry.js'), "export { default } from './points/points.json';\n");
    const outDir = join(root, 'dist');

    const building = build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [validatedDataset()],
      build: { outDir, lib: { entry: join(root, 'entry.js'), formats: ['es'] } },
    });

    await expect(building).rejects.toThrow(
      'point 7: location.offsets[0].unit: expected "finger-width" | "mm"',
    );
    expect(() => readFileSync(join(outDir, 'entry.js'))).toThrow();
  });
});

describe("a build of the dataset's two parts", () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-dataset-parts-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('bundles the summary without the details, and the details without the summary', async () => {
    const dataset = minimalDataset();
    mkdirSync(join(root, 'points'));
    writeFileSync(join(root, 'points', 'points.json'), JSON.stringify(dataset));
    const built: Record<string, string> = {};
    for (const part of ['summary', 'details']) {
      writeFileSync(
        join(root, `${part}.js`),
        `export { default } from './points/points.json?${part}';\n`,
      );
      const outDir = join(root, `dist-${part}`);
      await build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [validatedDataset()],
        build: { outDir, minify: false, lib: { entry: join(root, `${part}.js`), formats: ['es'] } },
      });
      built[part] = readFileSync(join(outDir, readdirSync(outDir)[0]!), 'utf8');
    }
    const firstPoint = dataset.points[0]!;
    expect(built.summary).toContain(firstPoint.name);
    expect(built.summary).not.toContain(firstPoint.location.description);
    expect(built.details).toContain(firstPoint.location.description);
    expect(built.details).not.toContain(firstPoint.name);
  });
});
