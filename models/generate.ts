/**
 * Generate the atlas body: skeleton → blended-primitive field → half-body surface nets →
 * meshoptimizer simplification → mirror → binary glTF, plus the landmark table.
 *
 *   npm run model                 writes public/models/body.glb and models/landmarks.json
 *   generateBody({ outDir })      writes both files into outDir (used by the tests)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { makeColourer } from './colours';
import { encodeBonesGlb } from './bones/glb';
import { skeletonBones } from './bones/skeleton-bones';
import { encodeGlb } from './glb';
import { buildLandmarks } from './landmarks';
import {
  faceNormals,
  fieldNormals,
  mirrorHalf,
  openEdgeCount,
  simplifierAttributes,
  simplifyHalf,
} from './mesh/finish';
import { importance } from './importance';
import { polygoniseHalf } from './mesh/surface-nets';
import { measureFingerWidth } from './measure';
import { compileField, makePointField } from './sdf/tree';
import { restJoints } from './rig';
import { bodyField } from './shape/body';
import { buildSkeleton } from './skeleton';
import { skinWeights } from './skin';
import type { LandmarkTable } from './landmark-table';

/** Polygonisation and simplification settings (the quality/size trade-off lives here). */
export const BUILD = {
  cell: 0.0015,
  block: 12,
  domain: { yMin: -0.01, yMax: 1.74, zMin: -0.2, zMax: 0.3, xMax: 0.5 },
  halfTriangles: 23_000,
  maxError: 0.0025,
  colourWeight: 1,
  normalWeight: 3,
} as const;

/**
 * Budgets: the browser draws the body in software WebGL, so triangles stay near 46k; the glb
 * (skinned: joints and weights per vertex) must stay under 190 kB gzipped.
 */
export const BUDGET = { triangles: 50_000, gzipBytes: 190_000, seconds: 60 } as const;

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_GLB = resolve(here, '../public/models/body.glb');
export const DEFAULT_LANDMARKS = resolve(here, 'landmarks.json');
export const DEFAULT_BONES_GLB = resolve(here, '../public/models/bones.glb');

/** The bones layer loads only when asked, and stays small (gzip). */
export const BONES_BUDGET = { gzipBytes: 150_000 } as const;

export interface GenerateResult {
  glbPath: string;
  bonesPath: string;
  bonesGzipBytes: number;
  landmarksPath: string;
  triangles: number;
  vertices: number;
  glbBytes: number;
  gzipBytes: number;
  seconds: number;
  table: LandmarkTable;
}

export async function generateBody(opts: { outDir?: string } = {}): Promise<GenerateResult> {
  const start = performance.now();
  const glbPath = opts.outDir ? join(opts.outDir, 'body.glb') : DEFAULT_GLB;
  const landmarksPath = opts.outDir ? join(opts.outDir, 'landmarks.json') : DEFAULT_LANDMARKS;
  const bonesPath = opts.outDir ? join(opts.outDir, 'bones.glb') : DEFAULT_BONES_GLB;

  const skeleton = buildSkeleton();
  const compiled = compileField(bodyField(skeleton));
  const field = makePointField(compiled);
  const dense = polygoniseHalf(compiled, { cell: BUILD.cell, block: BUILD.block, ...BUILD.domain });

  const colourAt = makeColourer(skeleton);
  const denseColours = new Float32Array(dense.positions.length);
  for (let v = 0; v < dense.positions.length; v += 3)
    denseColours.set(colourAt(dense.positions.subarray(v, v + 3)), v);

  const attributes = simplifierAttributes(
    dense.positions,
    denseColours,
    faceNormals(dense.positions, dense.indices),
    importance(skeleton),
  );
  const half = await simplifyHalf(dense, denseColours, attributes, {
    targetTriangles: BUILD.halfTriangles,
    maxError: BUILD.maxError,
    colourWeight: BUILD.colourWeight,
    normalWeight: BUILD.normalWeight,
  });
  const whole = mirrorHalf(half);
  const open = openEdgeCount(whole.indices, whole.midline.length);
  if (open) throw new Error(`mesh is not closed: ${open} bad edges`);
  const normals = fieldNormals(whole.positions, whole.midline, field);

  // Stand the figure on the floor: the lowest vertex goes to y = 0.
  let minY = Infinity,
    maxY = -Infinity;
  for (let v = 1; v < whole.positions.length; v += 3) {
    minY = Math.min(minY, whole.positions[v]!);
    maxY = Math.max(maxY, whole.positions[v]!);
  }
  const shiftY = -minY;
  for (let v = 1; v < whole.positions.length; v += 3)
    whole.positions[v] = whole.positions[v]! + shiftY;

  const mesh = {
    positions: whole.positions,
    normals,
    colours: whole.colours,
    indices: whole.indices,
  };
  const weights = skinWeights(
    compiled,
    mesh.positions,
    mesh.indices,
    half.midline.length,
    whole.midline,
    shiftY,
  );
  const joints = restJoints(skeleton, shiftY);
  const glb = await encodeGlb(mesh, { ...weights, joints0: joints });
  const table = buildLandmarks(
    skeleton,
    field,
    mesh,
    shiftY,
    maxY - minY,
    measureFingerWidth(skeleton, field),
  );

  const bones = await encodeBonesGlb(skeletonBones(skeleton, field, table, shiftY), joints, shiftY);

  mkdirSync(dirname(glbPath), { recursive: true });
  mkdirSync(dirname(landmarksPath), { recursive: true });
  writeFileSync(glbPath, glb);
  writeFileSync(bonesPath, bones);
  writeFileSync(landmarksPath, JSON.stringify(table, null, 2) + '\n');
  return {
    glbPath,
    bonesPath,
    bonesGzipBytes: gzipSync(bones, { level: 9 }).byteLength,
    landmarksPath,
    triangles: mesh.indices.length / 3,
    vertices: mesh.positions.length / 3,
    glbBytes: glb.byteLength,
    gzipBytes: gzipSync(glb, { level: 9 }).byteLength,
    seconds: (performance.now() - start) / 1000,
    table,
  };
}

async function main(): Promise<void> {
  const r = await generateBody();
  const ok = (v: number, max: number): string => (v <= max ? 'ok' : 'OVER BUDGET');
  console.log(
    `triangles   ${r.triangles} (budget ${BUDGET.triangles}, ${ok(r.triangles, BUDGET.triangles)})`,
  );
  console.log(
    `gzipped glb ${r.gzipBytes} B (budget ${BUDGET.gzipBytes}, ${ok(r.gzipBytes, BUDGET.gzipBytes)}); raw ${r.glbBytes} B`,
  );
  console.log(
    `generation  ${r.seconds.toFixed(1)} s (budget ${BUDGET.seconds}, ${ok(r.seconds, BUDGET.seconds)})`,
  );
  console.log(
    `height ${r.table.heightM} m, finger-width ${(r.table.fingerWidthM * 1000).toFixed(1)} mm, ${r.table.landmarks.length} landmarks`,
  );
  console.log(
    `bones glb   ${r.bonesGzipBytes} B gzipped (budget ${BONES_BUDGET.gzipBytes}, ${ok(r.bonesGzipBytes, BONES_BUDGET.gzipBytes)})`,
  );
  console.log(`wrote ${r.glbPath}, ${r.bonesPath} and ${r.landmarksPath}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
