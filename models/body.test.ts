import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BUDGET,
  DEFAULT_BONES_GLB,
  DEFAULT_GLB,
  DEFAULT_LANDMARKS,
  generateBody,
} from './generate';
import { BILATERAL_LANDMARK_IDS, MIDLINE_LANDMARK_IDS } from './landmark-ids';
import type { LandmarkTable } from './landmark-table';
import { closestOnMesh } from './mesh/queries';
import { readBodyGlb, type DecodedBody } from './mesh/read-glb';
import { sectionPieces } from './mesh/sections';
import { buildSkeleton } from './skeleton';
import { add, cross, lerp, norm, scale, sub, type V3 } from './sdf/vec';

let body: DecodedBody;
let table: LandmarkTable;
const glbBytes = readFileSync(DEFAULT_GLB);

beforeAll(async () => {
  body = await readBodyGlb(glbBytes);
  table = JSON.parse(readFileSync(DEFAULT_LANDMARKS, 'utf8')) as LandmarkTable;
});

describe('body mesh', () => {
  it('is one mesh node "body" with one primitive, normals and colours', () => {
    expect(body.nodeName).toBe('body');
    expect(body.meshCount).toBe(1);
    expect(body.primitiveCount).toBe(1);
    expect(body.normals.length).toBe(body.positions.length);
  });

  it('meets the triangle and size budgets', () => {
    expect(body.indices.length / 3).toBeLessThanOrEqual(BUDGET.triangles);
    expect(gzipSync(glbBytes, { level: 9 }).byteLength).toBeLessThanOrEqual(BUDGET.gzipBytes);
  });

  it('is closed: every edge is shared by exactly two triangles, once in each direction', () => {
    const directed = new Map<number, number>();
    const n = body.positions.length / 3;
    for (let t = 0; t < body.indices.length; t += 3)
      for (let e = 0; e < 3; e++) {
        const a = body.indices[t + e]!,
          b = body.indices[t + ((e + 1) % 3)]!;
        directed.set(a * n + b, (directed.get(a * n + b) ?? 0) + 1);
      }
    let bad = 0;
    for (const [key, count] of directed) {
      const a = Math.floor(key / n),
        b = key % n;
      if (count !== 1 || directed.get(b * n + a) !== 1) bad++;
    }
    expect(bad).toBe(0);
  });

  it('is one connected surface: no hidden inner shells or tunnels left over from cuts', () => {
    const n = body.positions.length / 3;
    const parent = Int32Array.from({ length: n }, (_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    for (let t = 0; t < body.indices.length; t += 3) {
      const a = find(body.indices[t]!);
      parent[find(body.indices[t + 1]!)] = a;
      parent[find(body.indices[t + 2]!)] = a;
    }
    const roots = new Set<number>();
    for (let i = 0; i < n; i++) roots.add(find(i));
    expect(roots.size).toBe(1);
  });

  it('faces outward: positive volume and normals agree with the faces', () => {
    let volume = 0;
    let agree = 0;
    const P = (i: number): V3 => [
      body.positions[i * 3]!,
      body.positions[i * 3 + 1]!,
      body.positions[i * 3 + 2]!,
    ];
    for (let t = 0; t < body.indices.length; t += 3) {
      const a = P(body.indices[t]!),
        b = P(body.indices[t + 1]!),
        c = P(body.indices[t + 2]!);
      const f = cross(sub(b, a), sub(c, a));
      volume +=
        (a[0] * (b[1] * c[2] - b[2] * c[1]) -
          a[1] * (b[0] * c[2] - b[2] * c[0]) +
          a[2] * (b[0] * c[1] - b[1] * c[0])) /
        6;
      const v = body.indices[t]!;
      if (
        f[0] * body.normals[v * 3]! +
          f[1] * body.normals[v * 3 + 1]! +
          f[2] * body.normals[v * 3 + 2]! >
        0
      )
        agree++;
    }
    expect(volume).toBeGreaterThan(0.04); // an adult is roughly 0.06 m³
    expect(agree / (body.indices.length / 3)).toBeGreaterThan(0.99);
  });

  it('stands on the floor, is about 1.70 m tall and mirror-symmetric', () => {
    let minY = Infinity,
      maxY = -Infinity,
      sumX = 0;
    for (let i = 0; i < body.positions.length; i += 3) {
      minY = Math.min(minY, body.positions[i + 1]!);
      maxY = Math.max(maxY, body.positions[i + 1]!);
      sumX += body.positions[i]!;
    }
    expect(Math.abs(minY)).toBeLessThan(0.001);
    expect(maxY).toBeGreaterThan(1.66);
    expect(maxY).toBeLessThan(1.74);
    expect(Math.abs(sumX / (body.positions.length / 3))).toBeLessThan(0.0005);
  });

  it('has five separate toes on each foot and four separate fingers on each hand', () => {
    const s = buildSkeleton();
    for (const mirror of [1, -1]) {
      const m = (p: V3): V3 => [p[0] * mirror, p[1], p[2]];
      const big = lerp(s.toes[0]!.base, s.toes[0]!.tip, 0.75);
      const little = lerp(s.toes[4]!.base, s.toes[4]!.tip, 0.75);
      const toeNormal = norm(cross(sub(m(little), m(big)), [0, 1, 0]));
      const toes = sectionPieces(
        body.positions,
        body.indices,
        m(big),
        toeNormal,
        (p) => p[1] < 0.04 && p[0] * mirror > 0,
      );
      expect(toes, 'toe pieces').toBe(5);
      const f = s.fingers[1]!;
      const handAlong = m(s.hand.along);
      const centre = m(add(f.knuckle, scale(s.hand.along, 0.035)));
      const fingers = sectionPieces(
        body.positions,
        body.indices,
        centre,
        handAlong,
        (p) => Math.hypot(...sub(p, centre)) < 0.07,
      );
      expect(fingers, 'finger pieces').toBe(4);
    }
  });
});

describe('landmark table', () => {
  it('lists every landmark id, midline once and bilateral on both sides', () => {
    for (const id of MIDLINE_LANDMARK_IDS)
      expect(table.landmarks.filter((l) => l.id === id).map((l) => l.side)).toEqual(['midline']);
    for (const id of BILATERAL_LANDMARK_IDS)
      expect(
        table.landmarks
          .filter((l) => l.id === id)
          .map((l) => l.side)
          .sort(),
      ).toEqual(['left', 'right']);
    expect(table.version).toBe(2);
    expect(table.heightM).toBeGreaterThan(1.66);
    expect(table.fingerWidthM).toBeGreaterThan(0.014);
    expect(table.fingerWidthM).toBeLessThan(0.022);
  });

  it('puts every landmark on the skin (≤ 1 mm from the mesh) with an outward unit normal', () => {
    for (const l of table.landmarks) {
      const { distance, triangle } = closestOnMesh(l.position as V3, body.positions, body.indices);
      expect(distance, l.id).toBeLessThanOrEqual(0.001);
      expect(Math.hypot(...l.normal)).toBeCloseTo(1, 4);
      const t = triangle * 3;
      const P = (i: number): V3 => [
        body.positions[i * 3]!,
        body.positions[i * 3 + 1]!,
        body.positions[i * 3 + 2]!,
      ];
      const a = P(body.indices[t]!);
      const face = norm(cross(sub(P(body.indices[t + 1]!), a), sub(P(body.indices[t + 2]!), a)));
      expect(
        face[0] * l.normal[0] + face[1] * l.normal[1] + face[2] * l.normal[2],
        `${l.id} normal`,
      ).toBeGreaterThan(0.2);
      if (l.side === 'midline') expect(l.position[0]).toBe(0);
      if (l.proximal) expect(Math.hypot(...l.proximal)).toBeCloseTo(1, 4);
    }
  });

  it('mirrors left and right landmarks (≤ 1 mm)', () => {
    for (const id of BILATERAL_LANDMARK_IDS) {
      const left = table.landmarks.find((l) => l.id === id && l.side === 'left')!;
      const right = table.landmarks.find((l) => l.id === id && l.side === 'right')!;
      expect(left.position[0]).toBeGreaterThan(0);
      const err = Math.hypot(
        left.position[0] + right.position[0],
        left.position[1] - right.position[1],
        left.position[2] - right.position[2],
      );
      expect(err, id).toBeLessThanOrEqual(0.001);
    }
  });
});

describe('generator', () => {
  // Byte for byte only: how long the build takes is the bench's to measure, not a test's.
  it('rebuilds the committed files byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'body-'));
    try {
      const r = await generateBody({ outDir: dir });
      expect(
        Buffer.compare(readFileSync(r.glbPath), glbBytes),
        'body.glb differs from a fresh build: run npm run model',
      ).toBe(0);
      expect(readFileSync(r.landmarksPath, 'utf8')).toBe(readFileSync(DEFAULT_LANDMARKS, 'utf8'));
      expect(
        Buffer.compare(readFileSync(r.bonesPath), readFileSync(DEFAULT_BONES_GLB)),
        'bones.glb differs from a fresh build: run npm run model',
      ).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
