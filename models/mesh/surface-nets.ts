/**
 * Half-body surface nets on a sparse grid of blocks.
 *
 * Only the x ≥ 0 half is polygonised. Sample column i sits at x = (i - 0.5)·h, so column 0 mirrors
 * column 1 and cell column 0 straddles the midline: its vertices are put exactly on x = 0 and form
 * the open border that the mirrored half is welded to. Blocks are found from seeds (block centres
 * near the surface) and flooding (a block face with mixed signs pulls in its neighbour), and any
 * block a quad still needs is computed on demand, so the half surface is closed up to the midline.
 */
import { evalProgram, programFor, type CompiledField } from '../sdf/tree';
import { COMPONENT_COUNT, EDGE_COMPONENT, edgeCorners, otherAxes } from './cube-topology';

export interface GridSpec {
  cell: number;
  /** Cells per block edge. */
  block: number;
  yMin: number;
  yMax: number;
  zMin: number;
  zMax: number;
  xMax: number;
}

export interface HalfMesh {
  positions: Float64Array;
  indices: Uint32Array;
  /** 1 where the vertex lies on the midline border. */
  midline: Uint8Array;
}

interface BlockData {
  bi: number;
  bj: number;
  bk: number;
  values: Float32Array;
}

export function polygoniseHalf(field: CompiledField, g: GridSpec): HalfMesh {
  const h = g.cell;
  const B = g.block;
  const S = B + 1;
  const nbx = Math.ceil((g.xMax / h + 1) / B);
  const nby = Math.ceil((g.yMax - g.yMin) / h / B);
  const nbz = Math.ceil((g.zMax - g.zMin) / h / B);
  const NY = nby * B + 1,
    NZ = nbz * B + 1;
  const sx = (i: number): number => (i - 0.5) * h;
  const sy = (j: number): number => g.yMin + j * h;
  const sz = (k: number): number => g.zMin + k * h;
  const band = 3 * h;

  const n = S * S * S;
  const xs = new Float64Array(n),
    ys = new Float64Array(n),
    zs = new Float64Array(n),
    out = new Float64Array(n);
  const blocks = new Map<number, BlockData>();
  const order: BlockData[] = [];
  const queue: number[] = [];
  const blockKey = (bi: number, bj: number, bk: number): number => (bi * nby + bj) * nbz + bk;

  const verts: number[] = [];
  const midline: number[] = [];
  const cellVertex = new Map<number, number>();
  const cellKey = (i: number, j: number, k: number): number => ((i * NY + j) * NZ + k) * 4;

  const compute = (bi: number, bj: number, bk: number): BlockData => {
    const i0 = bi * B,
      j0 = bj * B,
      k0 = bk * B;
    const lo: [number, number, number] = [
      Math.min(Math.abs(sx(i0)), Math.abs(sx(i0 + B))),
      sy(j0),
      sz(k0),
    ];
    if (i0 === 0) lo[0] = 0;
    const hi: [number, number, number] = [Math.abs(sx(i0 + B)), sy(j0 + B), sz(k0 + B)];
    const prog = programFor(field, lo, hi, band);
    let s = 0;
    for (let a = 0; a < S; a++)
      for (let b = 0; b < S; b++)
        for (let c = 0; c < S; c++, s++) {
          xs[s] = Math.abs(sx(i0 + a));
          ys[s] = sy(j0 + b);
          zs[s] = sz(k0 + c);
        }
    evalProgram(field, prog, xs, ys, zs, n, out);
    const values = Float32Array.from(out);
    const data: BlockData = { bi, bj, bk, values };
    blocks.set(blockKey(bi, bj, bk), data);
    order.push(data);
    makeCellVertices(data);
    floodFrom(data);
    return data;
  };

  const idx = (a: number, b: number, c: number): number => (a * S + b) * S + c;

  const makeCellVertices = (d: BlockData): void => {
    const v = d.values;
    const corner = new Float64Array(8);
    for (let a = 0; a < B; a++)
      for (let b = 0; b < B; b++)
        for (let c = 0; c < B; c++) {
          let config = 0;
          for (let q = 0; q < 8; q++) {
            const val = v[idx(a + (q & 1), b + ((q >> 1) & 1), c + ((q >> 2) & 1))]!;
            corner[q] = val;
            if (val < 0) config |= 1 << q;
          }
          const count = COMPONENT_COUNT[config]!;
          if (count === 0) continue;
          const gi = d.bi * B + a,
            gj = d.bj * B + b,
            gk = d.bk * B + c;
          for (let comp = 0; comp < count; comp++) {
            let px = 0,
              py = 0,
              pz = 0,
              m = 0;
            for (let e = 0; e < 12; e++) {
              if (EDGE_COMPONENT[config * 12 + e] !== comp) continue;
              const [c0, c1] = edgeCorners(e);
              const t = corner[c0]! / (corner[c0]! - corner[c1]!);
              px += (c0 & 1) + t * ((c1 & 1) - (c0 & 1));
              py += ((c0 >> 1) & 1) + t * (((c1 >> 1) & 1) - ((c0 >> 1) & 1));
              pz += ((c0 >> 2) & 1) + t * (((c1 >> 2) & 1) - ((c0 >> 2) & 1));
              m++;
            }
            const onMidline = gi === 0;
            cellVertex.set(cellKey(gi, gj, gk) + comp, verts.length / 3);
            verts.push(
              onMidline ? 0 : sx(gi) + (px / m) * h,
              sy(gj) + (py / m) * h,
              sz(gk) + (pz / m) * h,
            );
            midline.push(onMidline ? 1 : 0);
          }
        }
  };

  const floodFrom = (d: BlockData): void => {
    const v = d.values;
    for (let axis = 0; axis < 3; axis++) {
      const [p, q] = otherAxes(axis);
      for (let side = 0; side < 2; side++) {
        let neg = false,
          pos = false;
        const at = side * B;
        for (let u = 0; u < S && !(neg && pos); u++)
          for (let w = 0; w < S; w++) {
            const c = [0, 0, 0];
            c[axis] = at;
            c[p] = u;
            c[q] = w;
            if (v[idx(c[0]!, c[1]!, c[2]!)]! < 0) neg = true;
            else pos = true;
          }
        if (!(neg && pos)) continue;
        const nb = [d.bi, d.bj, d.bk];
        nb[axis]! += side === 0 ? -1 : 1;
        enqueue(nb[0]!, nb[1]!, nb[2]!);
      }
    }
  };

  const enqueue = (bi: number, bj: number, bk: number): void => {
    if (bi < 0 || bj < 0 || bk < 0 || bi >= nbx || bj >= nby || bk >= nbz) {
      if (bi >= 0)
        throw new Error(`surface reaches the grid boundary near block ${bi},${bj},${bk}`);
      return; // x < 0: the mirrored half, not polygonised
    }
    queue.push(blockKey(bi, bj, bk));
  };

  // Seeds: block centres within reach of the surface.
  const seedXs = new Float64Array(1),
    seedYs = new Float64Array(1),
    seedZs = new Float64Array(1),
    seedOut = new Float64Array(1);
  const halfDiag = (Math.sqrt(3) * B * h) / 2;
  for (let bi = 0; bi < nbx; bi++)
    for (let bj = 0; bj < nby; bj++)
      for (let bk = 0; bk < nbz; bk++) {
        const cx = sx(bi * B + B / 2),
          cy = sy(bj * B + B / 2),
          cz = sz(bk * B + B / 2);
        const c: [number, number, number] = [Math.abs(cx), cy, cz];
        const prog = programFor(field, c, c, halfDiag * 2);
        seedXs[0] = c[0];
        seedYs[0] = cy;
        seedZs[0] = cz;
        evalProgram(field, prog, seedXs, seedYs, seedZs, 1, seedOut);
        if (Math.abs(seedOut[0]!) < halfDiag * 1.6 + h) queue.push(blockKey(bi, bj, bk));
      }

  const drain = (): void => {
    while (queue.length) {
      const key = queue.shift()!;
      if (blocks.has(key)) continue;
      const bk = key % nbz;
      const bj = Math.floor(key / nbz) % nby;
      const bi = Math.floor(key / nbz / nby);
      compute(bi, bj, bk);
    }
  };
  drain();

  const tris: number[] = [];
  const vertexOf = (i: number, j: number, k: number, edge: number): number => {
    const bkey = blockKey(Math.floor(i / B), Math.floor(j / B), Math.floor(k / B));
    let d = blocks.get(bkey);
    if (!d) {
      d = compute(Math.floor(i / B), Math.floor(j / B), Math.floor(k / B));
      drain();
    }
    const v = d.values;
    const a = i - d.bi * B,
      b = j - d.bj * B,
      c = k - d.bk * B;
    let config = 0;
    for (let q = 0; q < 8; q++)
      if (v[idx(a + (q & 1), b + ((q >> 1) & 1), c + ((q >> 2) & 1))]! < 0) config |= 1 << q;
    const comp = EDGE_COMPONENT[config * 12 + edge]!;
    const id = comp < 0 ? undefined : cellVertex.get(cellKey(i, j, k) + comp);
    if (id === undefined) throw new Error(`surface nets: missing vertex in cell ${i},${j},${k}`);
    return id;
  };
  const P = (id: number, t: number): number => verts[id * 3 + t]!;
  const dist2 = (p: number, q: number): number =>
    (P(p, 0) - P(q, 0)) ** 2 + (P(p, 1) - P(q, 1)) ** 2 + (P(p, 2) - P(q, 2)) ** 2;

  for (let bIndex = 0; bIndex < order.length; bIndex++) {
    const d = order[bIndex]!;
    const v = d.values;
    for (let a = 0; a < B; a++)
      for (let b = 0; b < B; b++)
        for (let c = 0; c < B; c++) {
          const gi = d.bi * B + a,
            gj = d.bj * B + b,
            gk = d.bk * B + c;
          if (gi === 0) continue; // column 0 is the mirror image of column 1
          const g = [gi, gj, gk];
          const v0 = v[idx(a, b, c)]!;
          for (let axis = 0; axis < 3; axis++) {
            const l = [a, b, c];
            l[axis]! += 1;
            const v1 = v[idx(l[0]!, l[1]!, l[2]!)]!;
            if (v0 < 0 === v1 < 0) continue;
            const [pb, pc] = otherAxes(axis);
            if (g[pb] === 0 || g[pc] === 0) throw new Error('surface reaches the grid boundary');
            const quad: number[] = [];
            for (const [ob, oc] of [
              [-1, -1],
              [0, -1],
              [0, 0],
              [-1, 0],
            ] as const) {
              const cell = [gi, gj, gk];
              cell[pb]! += ob;
              cell[pc]! += oc;
              const edge = axis * 4 + (ob === -1 ? 1 : 0) + 2 * (oc === -1 ? 1 : 0);
              quad.push(vertexOf(cell[0]!, cell[1]!, cell[2]!, edge));
            }
            if (v1 < 0) quad.reverse(); // inside at the far end: surface faces -axis
            const [q0, q1, q2, q3] = quad as [number, number, number, number];
            if (dist2(q0, q2) <= dist2(q1, q3)) tris.push(q0, q1, q2, q0, q2, q3);
            else tris.push(q0, q1, q3, q1, q2, q3);
          }
        }
  }
  return {
    positions: Float64Array.from(verts),
    indices: Uint32Array.from(tris),
    midline: Uint8Array.from(midline),
  };
}
