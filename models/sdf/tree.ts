/**
 * Signed distance field as a small tree of primitives and blend nodes.
 *
 * The tree is compiled to a flat parameter table plus a postfix program. Evaluation runs the
 * program over a whole batch of sample points at once (one compact loop per op), which keeps the
 * interpreter overhead negligible and lets V8 optimise the few hot loops.
 */
import type { BoneSlot } from '../rig';
import type { V3 } from './vec';

/** How much each bone moves a primitive's surface: fixed shares, or shares that depend on where. */
export type BoneShares = Partial<Record<BoneSlot, number>>;
export type BoneTag = BoneShares | ((p: V3) => BoneShares);

export interface Ellipsoid {
  type: 'ellipsoid';
  centre: V3;
  /** Orthonormal local axes; radii are along these. */
  axes: [V3, V3, V3];
  radii: V3;
  bone?: BoneTag;
}
/** A cone with spherical ends (a capsule when ra = rb). */
export interface RoundCone {
  type: 'cone';
  a: V3;
  b: V3;
  ra: number;
  rb: number;
  bone?: BoneTag;
}
export type Prim = Ellipsoid | RoundCone;

export type SdfNode =
  | { kind: 'prim'; prim: Prim }
  /** Sequential smooth union (order matters only marginally). */
  | { kind: 'smooth'; k: number; children: SdfNode[] }
  /** Hard union: keeps neighbours (fingers, toes) from webbing together. */
  | { kind: 'hard'; children: SdfNode[] }
  /** Smooth subtraction of each cutter from base. */
  | { kind: 'cut'; k: number; base: SdfNode; cutters: SdfNode[] };

export const STRIDE = 16;
const T_ELLIPSOID = 0;
const T_CONE = 1;
const OP_PRIM = 0;
const OP_SMIN = 1;
const OP_MIN = 2;
const OP_CUT = 3;
const BIG = 1e9;

export interface CompiledField {
  params: Float64Array;
  /** Bounding sphere per primitive, grown by the blend radii of every enclosing node. */
  bounds: Float64Array;
  root: SdfNode;
  primIndex: Map<Prim, number>;
  count: number;
  /** Per primitive: its bone tag, and 1 if it only ever cuts (a cutter adds no skin). */
  tags: (BoneTag | undefined)[];
  cutter: Uint8Array;
}

export interface Program {
  ops: Int32Array;
  args: Float64Array;
  depth: number;
}

export function compileField(root: SdfNode): CompiledField {
  const prims: { prim: Prim; margin: number; cutter: boolean }[] = [];
  const walk = (n: SdfNode, margin: number, cutter: boolean): void => {
    if (n.kind === 'prim') prims.push({ prim: n.prim, margin, cutter });
    else if (n.kind === 'smooth') n.children.forEach((c) => walk(c, margin + n.k, cutter));
    else if (n.kind === 'hard') n.children.forEach((c) => walk(c, margin, cutter));
    else {
      walk(n.base, margin + n.k, cutter);
      n.cutters.forEach((c) => walk(c, margin + n.k, true));
    }
  };
  walk(root, 0, false);
  const params = new Float64Array(prims.length * STRIDE);
  const bounds = new Float64Array(prims.length * 4);
  const primIndex = new Map<Prim, number>();
  prims.forEach(({ prim, margin }, i) => {
    primIndex.set(prim, i);
    const o = i * STRIDE;
    if (prim.type === 'ellipsoid') {
      params[o] = T_ELLIPSOID;
      params.set(prim.centre, o + 1);
      params.set(prim.axes[0], o + 4);
      params.set(prim.axes[1], o + 7);
      params.set(prim.axes[2], o + 10);
      params.set(prim.radii, o + 13);
      bounds.set(prim.centre, i * 4);
      bounds[i * 4 + 3] = Math.max(...prim.radii) + margin;
    } else {
      const ba: V3 = [prim.b[0] - prim.a[0], prim.b[1] - prim.a[1], prim.b[2] - prim.a[2]];
      const l2 = ba[0] * ba[0] + ba[1] * ba[1] + ba[2] * ba[2];
      const rr = prim.ra - prim.rb;
      if (Math.sqrt(l2) <= Math.abs(rr) + 1e-6)
        throw new Error('round cone: one sphere contains the other');
      params[o] = T_CONE;
      params.set(prim.a, o + 1);
      params.set(ba, o + 4);
      params[o + 7] = prim.ra;
      params[o + 8] = prim.rb;
      params[o + 9] = l2;
      params[o + 10] = rr;
      params[o + 11] = l2 - rr * rr;
      params[o + 12] = 1 / l2;
      bounds[i * 4] = (prim.a[0] + prim.b[0]) / 2;
      bounds[i * 4 + 1] = (prim.a[1] + prim.b[1]) / 2;
      bounds[i * 4 + 2] = (prim.a[2] + prim.b[2]) / 2;
      bounds[i * 4 + 3] = Math.sqrt(l2) / 2 + Math.max(prim.ra, prim.rb) + margin;
    }
  });
  return {
    params,
    bounds,
    root,
    primIndex,
    count: prims.length,
    tags: prims.map((p) => p.prim.bone),
    cutter: Uint8Array.from(prims.map((p) => (p.cutter ? 1 : 0))),
  };
}

const one = { xs: new Float64Array(1), ys: new Float64Array(1), zs: new Float64Array(1) };
const oneOut = new Float64Array(1);
/** Signed distance of primitive i alone at p (p[0] taken as is: pass |x| for the left half). */
export function primDistance(f: CompiledField, i: number, p: readonly number[]): number {
  one.xs[0] = p[0]!;
  one.ys[0] = p[1]!;
  one.zs[0] = p[2]!;
  evalPrim(f.params, i * STRIDE, one.xs, one.ys, one.zs, 1, oneOut);
  return oneOut[0]!;
}

/**
 * Program for a region: primitives whose grown bounding sphere misses the box (lo..hi, widened by
 * `band`) cannot change the field anywhere the field is within `band` of zero, so they are dropped
 * together with any node left empty.
 */
export function programFor(f: CompiledField, lo?: V3, hi?: V3, band = 0): Program {
  const active = new Uint8Array(f.count);
  for (let i = 0; i < f.count; i++) {
    if (!lo || !hi) {
      active[i] = 1;
      continue;
    }
    let d2 = 0;
    for (let a = 0; a < 3; a++) {
      const c = f.bounds[i * 4 + a]!;
      const e = c < lo[a]! ? lo[a]! - c : c > hi[a]! ? c - hi[a]! : 0;
      d2 += e * e;
    }
    const r = f.bounds[i * 4 + 3]! + band;
    active[i] = d2 <= r * r ? 1 : 0;
  }
  const ops: number[] = [];
  const args: number[] = [];
  let depth = 0;
  let maxDepth = 0;
  const push = (op: number, arg: number): void => {
    ops.push(op);
    args.push(arg);
    depth += op === OP_PRIM ? 1 : -1;
    maxDepth = Math.max(maxDepth, depth);
  };
  // Returns false when the subtree is empty (contributes nothing here).
  const emit = (n: SdfNode): boolean => {
    if (n.kind === 'prim') {
      const i = f.primIndex.get(n.prim)!;
      if (!active[i]) return false;
      push(OP_PRIM, i);
      return true;
    }
    if (n.kind === 'smooth' || n.kind === 'hard') {
      let any = false;
      for (const c of n.children) {
        if (emit(c)) {
          if (any) push(n.kind === 'smooth' ? OP_SMIN : OP_MIN, n.kind === 'smooth' ? n.k : 0);
          any = true;
        }
      }
      return any;
    }
    if (!emit(n.base)) return false;
    for (const c of n.cutters) if (emit(c)) push(OP_CUT, n.k);
    return true;
  };
  if (!emit(f.root)) return { ops: new Int32Array(0), args: new Float64Array(0), depth: 0 };
  return { ops: Int32Array.from(ops), args: Float64Array.from(args), depth: maxDepth };
}

function evalPrim(
  p: Float64Array,
  o: number,
  xs: Float64Array,
  ys: Float64Array,
  zs: Float64Array,
  n: number,
  out: Float64Array,
): void {
  if (p[o] === T_ELLIPSOID) {
    const cx = p[o + 1]!,
      cy = p[o + 2]!,
      cz = p[o + 3]!;
    const ux = p[o + 4]!,
      uy = p[o + 5]!,
      uz = p[o + 6]!;
    const vx = p[o + 7]!,
      vy = p[o + 8]!,
      vz = p[o + 9]!;
    const wx = p[o + 10]!,
      wy = p[o + 11]!,
      wz = p[o + 12]!;
    const ia = 1 / p[o + 13]!,
      ib = 1 / p[o + 14]!,
      ic = 1 / p[o + 15]!;
    const rmin = Math.min(p[o + 13]!, p[o + 14]!, p[o + 15]!);
    for (let s = 0; s < n; s++) {
      const dx = xs[s]! - cx,
        dy = ys[s]! - cy,
        dz = zs[s]! - cz;
      const a = (dx * ux + dy * uy + dz * uz) * ia;
      const b = (dx * vx + dy * vy + dz * vz) * ib;
      const c = (dx * wx + dy * wy + dz * wz) * ic;
      const k0 = Math.sqrt(a * a + b * b + c * c);
      const k1 = Math.sqrt(a * a * ia * ia + b * b * ib * ib + c * c * ic * ic);
      out[s] = k1 < 1e-12 ? -rmin : (k0 * (k0 - 1)) / k1;
    }
    return;
  }
  const ax = p[o + 1]!,
    ay = p[o + 2]!,
    az = p[o + 3]!;
  const bx = p[o + 4]!,
    by = p[o + 5]!,
    bz = p[o + 6]!;
  const r1 = p[o + 7]!,
    r2 = p[o + 8]!,
    l2 = p[o + 9]!,
    rr = p[o + 10]!,
    a2 = p[o + 11]!,
    il2 = p[o + 12]!;
  const srr = Math.sign(rr) * rr * rr;
  for (let s = 0; s < n; s++) {
    const px = xs[s]! - ax,
      py = ys[s]! - ay,
      pz = zs[s]! - az;
    const y = px * bx + py * by + pz * bz;
    const z = y - l2;
    const qx = px * l2 - bx * y,
      qy = py * l2 - by * y,
      qz = pz * l2 - bz * y;
    const x2 = qx * qx + qy * qy + qz * qz;
    const y2 = y * y * l2;
    const z2 = z * z * l2;
    const k = srr * x2;
    if (Math.sign(z) * a2 * z2 > k) out[s] = Math.sqrt(x2 + z2) * il2 - r2;
    else if (Math.sign(y) * a2 * y2 < k) out[s] = Math.sqrt(x2 + y2) * il2 - r1;
    else out[s] = (Math.sqrt(x2 * a2 * il2) + y * rr) * il2 - r1;
  }
}

/** Scratch stacks per batch size, reused between calls. */
const stacks = new Map<number, Float64Array[]>();

/** Evaluate the field at n points; xs is expected to hold |x| already (mirror symmetry). */
export function evalProgram(
  f: CompiledField,
  prog: Program,
  xs: Float64Array,
  ys: Float64Array,
  zs: Float64Array,
  n: number,
  out: Float64Array,
): void {
  if (prog.ops.length === 0) {
    out.fill(BIG, 0, n);
    return;
  }
  let stack = stacks.get(xs.length);
  if (!stack) {
    stack = [];
    stacks.set(xs.length, stack);
  }
  while (stack.length < prog.depth) stack.push(new Float64Array(xs.length));
  let sp = 0;
  for (let i = 0; i < prog.ops.length; i++) {
    const op = prog.ops[i]!;
    if (op === OP_PRIM) {
      evalPrim(f.params, prog.args[i]! * STRIDE, xs, ys, zs, n, stack[sp]!);
      sp++;
      continue;
    }
    const a = stack[sp - 2]!;
    const b = stack[sp - 1]!;
    sp--;
    if (op === OP_MIN) {
      for (let s = 0; s < n; s++) if (b[s]! < a[s]!) a[s] = b[s]!;
    } else if (op === OP_SMIN) {
      const k = prog.args[i]!;
      const ik = 1 / k;
      for (let s = 0; s < n; s++) {
        const x = a[s]!,
          y = b[s]!;
        const h = Math.max(k - Math.abs(x - y), 0) * ik;
        a[s] = Math.min(x, y) - h * h * k * 0.25;
      }
    } else {
      // smooth max(a, -b)
      const k = prog.args[i]!;
      const ik = 1 / k;
      for (let s = 0; s < n; s++) {
        const x = a[s]!,
          y = -b[s]!;
        const h = Math.max(k - Math.abs(x - y), 0) * ik;
        a[s] = Math.max(x, y) + h * h * k * 0.25;
      }
    }
  }
  out.set(stack[0]!.subarray(0, n));
}

/** Single-point evaluator over the whole field (used for landmarks, normals, measurements). */
export function makePointField(f: CompiledField): (p: readonly number[]) => number {
  const prog = programFor(f);
  const xs = new Float64Array(1),
    ys = new Float64Array(1),
    zs = new Float64Array(1),
    out = new Float64Array(1);
  return (p) => {
    xs[0] = Math.abs(p[0]!);
    ys[0] = p[1]!;
    zs[0] = p[2]!;
    evalProgram(f, prog, xs, ys, zs, 1, out);
    return out[0]!;
  };
}

// Node builders, so shape files read as anatomy rather than plumbing.
export const prim = (p: Prim): SdfNode => ({ kind: 'prim', prim: p });
export const smooth = (k: number, ...children: SdfNode[]): SdfNode => ({
  kind: 'smooth',
  k,
  children,
});
export const hard = (...children: SdfNode[]): SdfNode => ({ kind: 'hard', children });
/**
 * Tag every primitive under `node` that has no bone yet (inner tags win) with the bones that
 * move it; cutters are left alone, they add no skin of their own.
 */
export function bone(tag: BoneTag | BoneSlot, node: SdfNode): SdfNode {
  const t: BoneTag = typeof tag === 'string' ? { [tag]: 1 } : tag;
  const walk = (n: SdfNode): void => {
    if (n.kind === 'prim') n.prim.bone ??= t;
    else if (n.kind === 'cut') walk(n.base);
    else n.children.forEach(walk);
  };
  walk(node);
  return node;
}
export const cut = (k: number, base: SdfNode, ...cutters: SdfNode[]): SdfNode => ({
  kind: 'cut',
  k,
  base,
  cutters,
});
