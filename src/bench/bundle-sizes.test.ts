import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BODY_VIEW_MODULE, measureBundle } from './bundle-sizes';

const dist = mkdtempSync(join(tmpdir(), 'atlas-bundle-sizes-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** Writes a file of `size` distinct-ish bytes and returns its gzip size (level 9). */
function asset(path: string, seed: number, size = 2000): number {
  const text = Array.from({ length: size }, (_, i) => String.fromCharCode(33 + ((i * seed) % 90)));
  const body = text.join('');
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), body);
  return gzipSync(body, { level: 9 }).length;
}

describe('bundle sizes', () => {
  const entry = asset('assets/index-a.js', 3);
  const shared = asset('assets/react-b.js', 5);
  const stage = asset('assets/BodyStage-c.js', 7);
  const three = asset('assets/events-d.js', 11);
  const quiz = asset('assets/QuizPanel-e.js', 13);
  const worker = asset('assets/generateMeshBVH.worker-f.js', 17);
  const css = asset('assets/index-g.css', 29);
  asset('models/body.glb', 19);
  writeFileSync(
    join(dist, 'index.html'),
    '<script type="module" crossorigin src="/assets/index-a.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/react-b.js">' +
      '<link rel="stylesheet" crossorigin href="/assets/index-g.css">',
  );
  mkdirSync(join(dist, '.vite'), { recursive: true });
  writeFileSync(
    join(dist, '.vite', 'manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/index-a.js', imports: ['_react-b.js'] },
      '_react-b.js': { file: 'assets/react-b.js' },
      '_events-d.js': { file: 'assets/events-d.js', imports: ['_react-b.js'] },
      [BODY_VIEW_MODULE]: {
        file: 'assets/BodyStage-c.js',
        imports: ['_events-d.js', 'index.html'],
      },
      'src/features/quiz/QuizPanel.tsx': {
        file: 'assets/QuizPanel-e.js',
        imports: ['_events-d.js'],
      },
    }),
  );

  it('counts the 3D view, its worker and the modes apart, and nothing twice', () => {
    const sizes = measureBundle(dist);
    expect(sizes.firstScreenJs).toBe(entry + shared);
    expect(sizes.firstScreenCss).toBe(css);
    // The three.js chunk the quiz shares belongs to the 3D view; first-screen chunks do not.
    expect(sizes.bodyViewJs).toBe(stage + three);
    expect(sizes.workerJs).toBe(worker);
    expect(sizes.otherLazyJs).toBe(quiz);
  });

  it('says how to get the chunk graph when the build has none', () => {
    rmSync(join(dist, '.vite'), { recursive: true });
    expect(() => measureBundle(dist)).toThrow(/--manifest/);
  });
});
