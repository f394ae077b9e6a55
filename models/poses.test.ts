/**
 * The named poses on the skinned body: contacts with the floor and the props, no limb through
 * the torso or a prop, mirror symmetry, joints that bend without collapsing, and what each pose
 * promises (knees bent at about a right angle, forearms flat on the table, …).
 *
 * Sampling: for each limb (an arm: upper arm to thumb; a leg: thigh to toes) the vertices wholly
 * on that limb's bones, leaving out the skin beside the shoulder and hip joints (it is joined to
 * the torso by design), are taken at an even stride so that about 300 remain. Each is tested
 * against the posed torso (the vertices carried by pelvis, spine, neck, head or clavicles): it is
 * inside when it lies more than INSIDE behind the surface of the nearest torso vertex (along
 * that vertex's posed normal). Props are tested as their boxes and cylinders (props.ts).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GLB } from './generate';
import { readBodyGlb, skinNormals, skinPositions, type DecodedBody } from './mesh/read-glb';
import { posedWorldMatrices } from './pose-rig';
import { POSES, POSE_NAMES, type Pose, type PoseName } from './poses';
import { TABLE, partDistance, propParts } from './props';
import { BONE_NAMES, boneIndex, mirrorBone, type BoneName } from './rig';

const MM = 0.001;
/** Soft tissue gives: a body part may sink this far into what it rests on. */
const SINK = 10 * MM;
/** A resting part touches: its closest skin is no further than this from the surface. */
const TOUCH = 5 * MM;
/** A limb sample counts as inside the torso this far behind the torso's skin. */
const INSIDE = 5 * MM;
const SAMPLES_PER_LIMB = 300;

const TORSO = new Set<BoneName>([
  'pelvis',
  'spine-lumbar',
  'spine-chest',
  'neck',
  'head',
  'shoulder-left',
  'shoulder-right',
]);
const LIMBS: Record<string, { bones: BoneName[]; root: BoneName; clear: number }> = {
  'left arm': {
    bones: ['upper-arm-left', 'forearm-left', 'forearm-twist-left', 'hand-left', 'thumb-left'],
    root: 'upper-arm-left',
    clear: 0.1,
  },
  'right arm': {
    bones: ['upper-arm-right', 'forearm-right', 'forearm-twist-right', 'hand-right', 'thumb-right'],
    root: 'upper-arm-right',
    clear: 0.1,
  },
  'left leg': {
    bones: ['thigh-left', 'shin-left', 'foot-left', 'toes-left'],
    root: 'thigh-left',
    clear: 0.16,
  },
  'right leg': {
    bones: ['thigh-right', 'shin-right', 'foot-right', 'toes-right'],
    root: 'thigh-right',
    clear: 0.16,
  },
};

let body: DecodedBody;
const posed = new Map<
  PoseName,
  { positions: Float64Array; normals: Float64Array; world: Float64Array }
>();
let dominant: Uint16Array;
let limbSamples: Record<string, number[]>;
let torso: number[];
let mirrorOf: Int32Array;

const P = (a: ArrayLike<number>, v: number): [number, number, number] => [
  a[v * 3]!,
  a[v * 3 + 1]!,
  a[v * 3 + 2]!,
];
const jointAt = (world: Float64Array, bone: BoneName): [number, number, number] => {
  const o = boneIndex(bone) * 16;
  return [world[o + 12]!, world[o + 13]!, world[o + 14]!];
};

beforeAll(async () => {
  body = await readBodyGlb(readFileSync(DEFAULT_GLB));
  const skin = body.skin!;
  const n = body.positions.length / 3;
  dominant = new Uint16Array(n);
  for (let v = 0; v < n; v++) dominant[v] = skin.joints[v * 4]!;
  for (const name of POSE_NAMES) {
    const world = posedWorldMatrices(skin, name);
    posed.set(name, {
      positions: skinPositions(skin, world),
      normals: skinNormals(skin, world),
      world,
    });
  }
  const rest = skin.restWorld;
  limbSamples = {};
  for (const [limb, { bones, root, clear }] of Object.entries(LIMBS)) {
    const ids = new Set(bones.map(boneIndex));
    const joint = jointAt(rest, root);
    const all: number[] = [];
    for (let v = 0; v < n; v++) {
      let onLimb = 0;
      for (let k = 0; k < 4; k++)
        if (ids.has(skin.joints[v * 4 + k]!)) onLimb += skin.weights[v * 4 + k]!;
      const p = P(body.positions, v);
      const fromRoot = Math.hypot(p[0] - joint[0], p[1] - joint[1], p[2] - joint[2]);
      if (onLimb > 0.999 && fromRoot > clear) all.push(v);
    }
    const stride = Math.max(1, Math.floor(all.length / SAMPLES_PER_LIMB));
    limbSamples[limb] = all.filter((_, i) => i % stride === 0);
  }
  torso = [];
  for (let v = 0; v < n; v++) if (TORSO.has(BONE_NAMES[dominant[v]!]!)) torso.push(v);

  // Mirror twins by rest position (x → −x), through a hash of 1 mm cells.
  const key = (x: number, y: number, z: number): string =>
    `${Math.round(x * 1000)},${Math.round(y * 1000)},${Math.round(z * 1000)}`;
  const cells = new Map<string, number[]>();
  for (let v = 0; v < n; v++) {
    const [x, y, z] = P(body.positions, v);
    const k = key(x, y, z);
    cells.set(k, [...(cells.get(k) ?? []), v]);
  }
  mirrorOf = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const [x, y, z] = P(body.positions, v);
    let best = -1,
      bestD = 0.0003;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++)
          for (const m of cells.get(key(-x + dx / 1000, y + dy / 1000, z + dz / 1000)) ?? []) {
            const q = P(body.positions, m);
            const d = Math.hypot(q[0] + x, q[1] - y, q[2] - z);
            if (d < bestD) {
              bestD = d;
              best = m;
            }
          }
    mirrorOf[v] = best;
  }
});

/** Torso vertices of a pose in a grid of 3 cm cells, for nearest-vertex queries. */
function torsoGrid(pose: PoseName): (p: [number, number, number]) => number {
  const { positions } = posed.get(pose)!;
  const cell = 0.03;
  const grid = new Map<string, number[]>();
  const at = (x: number, y: number, z: number): string =>
    `${Math.floor(x / cell)},${Math.floor(y / cell)},${Math.floor(z / cell)}`;
  for (const v of torso) {
    const k = at(...P(positions, v));
    grid.set(k, [...(grid.get(k) ?? []), v]);
  }
  return (p) => {
    let best = -1,
      bestD = Infinity;
    const [i, j, k] = p.map((c) => Math.floor(c / cell));
    for (let a = -2; a <= 2; a++)
      for (let b = -2; b <= 2; b++)
        for (let c = -2; c <= 2; c++)
          for (const v of grid.get(`${i! + a},${j! + b},${k! + c}`) ?? []) {
            const q = P(positions, v);
            const d = Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]);
            if (d < bestD) {
              bestD = d;
              best = v;
            }
          }
    return best;
  };
}

function supportDistance(pose: Pose, s: Pose['supports'][number], p: readonly number[]): number {
  if (s.on === 'floor') return p[1]!;
  const on = s.on;
  const parts = pose.props
    .filter((prop) => prop.kind === on.prop)
    .flatMap((prop) => propParts(prop))
    .filter((part) => part.name === on.part);
  if (parts.length === 0) throw new Error(`${pose.name}: no ${on.prop} ${on.part}`);
  return Math.min(...parts.map((part) => partDistance(part, p)));
}

describe.each(POSE_NAMES)('pose %s', (name) => {
  const pose = POSES[name];

  it('keeps every limb out of the torso', () => {
    const nearest = torsoGrid(name);
    const { positions, normals } = posed.get(name)!;
    for (const [limb, samples] of Object.entries(limbSamples)) {
      expect(samples.length, limb).toBeGreaterThan(200);
      const inside: number[] = [];
      for (const v of samples) {
        const p = P(positions, v);
        const t = nearest(p);
        if (t < 0) continue;
        const q = P(positions, t);
        const n = P(normals, t);
        const depth = (p[0] - q[0]) * n[0] + (p[1] - q[1]) * n[1] + (p[2] - q[2]) * n[2];
        const d = Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
        if (depth < -INSIDE && d < 0.04) inside.push(v);
      }
      expect(inside.length, `${limb} samples inside the torso`).toBe(0);
    }
  });

  it('keeps the body out of the props and above the floor (soft tissue may sink 10 mm)', () => {
    const { positions } = posed.get(name)!;
    const parts = pose.props.flatMap((p) => propParts(p).map((part) => ({ kind: p.kind, part })));
    let lowest = Infinity;
    for (let v = 0; v < positions.length / 3; v++) lowest = Math.min(lowest, positions[v * 3 + 1]!);
    expect(lowest).toBeGreaterThan(-SINK);
    for (const { kind, part } of parts) {
      let deepest = Infinity;
      for (let v = 0; v < positions.length / 3; v++)
        deepest = Math.min(deepest, partDistance(part, P(positions, v)));
      expect(deepest, `${kind} ${part.name}`).toBeGreaterThan(-SINK);
    }
  });

  it('rests on what it says it rests on', () => {
    const { positions } = posed.get(name)!;
    for (const s of pose.supports) {
      const ids = new Set(s.bones.map(boneIndex));
      let closest = Infinity;
      for (let v = 0; v < positions.length / 3; v++)
        if (ids.has(dominant[v]!))
          closest = Math.min(closest, supportDistance(pose, s, P(positions, v)));
      const what = `${s.bones.join('+')} on ${JSON.stringify(s.on)}`;
      expect(closest, what).toBeLessThanOrEqual(TOUCH);
      expect(closest, what).toBeGreaterThan(-SINK);
    }
  });

  it.runIf(pose.symmetric)('mirrors left and right (≤ 1 mm)', () => {
    const { positions } = posed.get(name)!;
    let worst = 0,
      paired = 0;
    for (let v = 0; v < mirrorOf.length; v++) {
      const m = mirrorOf[v]!;
      if (m < 0) continue;
      paired++;
      const a = P(positions, v),
        b = P(positions, m);
      worst = Math.max(worst, Math.hypot(a[0] + b[0], a[1] - b[1], a[2] - b[2]));
    }
    expect(paired).toBeGreaterThan(0.99 * mirrorOf.length);
    expect(worst).toBeLessThanOrEqual(1 * MM);
  });

  it('bends its joints without collapsing them (skin near each joint keeps its distance)', () => {
    const { positions, world } = posed.get(name)!;
    const rest = body.skin!.restWorld;
    // Each joint, and the reach around it that holds the skin it bends.
    const joints: [BoneName, number][] = [
      ['upper-arm-left', 0.08],
      ['forearm-left', 0.06],
      ['hand-left', 0.05],
      ['thigh-left', 0.12],
      ['shin-left', 0.07],
      ['foot-left', 0.06],
    ];
    for (const [joint, reach] of joints) {
      const r = jointAt(rest, joint);
      const c = jointAt(world, joint);
      let sumRest = 0,
        sumPosed = 0,
        count = 0;
      for (let v = 0; v < positions.length / 3; v++) {
        const p = P(body.positions, v);
        const dr = Math.hypot(p[0] - r[0], p[1] - r[1], p[2] - r[2]);
        if (dr > reach) continue;
        const q = P(positions, v);
        sumRest += dr;
        sumPosed += Math.hypot(q[0] - c[0], q[1] - c[1], q[2] - c[2]);
        count++;
      }
      expect(count, joint).toBeGreaterThan(30);
      // Linear blend skinning shortens a bent joint's blended skin (at a right angle a vertex
      // shared half and half lands at cos 45° of its distance); a collapsing joint loses far
      // more than the 15 % allowed here.
      expect(sumPosed / sumRest, `${joint}: skin around it`).toBeGreaterThan(0.85);
    }
  });
});

describe('what each pose promises', () => {
  const angle = (a: number[], b: number[], c: number[]): number => {
    const u = [a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!];
    const w = [c[0]! - b[0]!, c[1]! - b[1]!, c[2]! - b[2]!];
    const dot = u[0]! * w[0]! + u[1]! * w[1]! + u[2]! * w[2]!;
    return (Math.acos(dot / Math.hypot(...u) / Math.hypot(...w)) * 180) / Math.PI;
  };
  const horizontal = (a: number[], b: number[]): number =>
    (Math.abs(Math.atan2(b[1]! - a[1]!, Math.hypot(b[0]! - a[0]!, b[2]! - a[2]!))) * 180) / Math.PI;

  it.each(['sitting', 'sitting-forearms-on-table'] as const)(
    '%s: knees at about a right angle, shins upright, soles flat on the floor',
    (name) => {
      const { world, positions } = posed.get(name)!;
      for (const side of ['left', 'right'] as const) {
        const hip = jointAt(world, `thigh-${side}`);
        const knee = jointAt(world, `shin-${side}`);
        const ankle = jointAt(world, `foot-${side}`);
        expect(angle(hip, knee, ankle)).toBeGreaterThan(80);
        expect(angle(hip, knee, ankle)).toBeLessThan(110);
        expect(90 - horizontal(knee, ankle)).toBeLessThan(10);
        // Flat sole: heel and ball both on the floor.
        const foot = boneIndex(`foot-${side}`);
        const toes = boneIndex(`toes-${side}`);
        let heel = Infinity,
          ball = Infinity;
        for (let v = 0; v < positions.length / 3; v++) {
          if (dominant[v] === foot && positions[v * 3 + 2]! < ankle[2])
            heel = Math.min(heel, positions[v * 3 + 1]!);
          if (dominant[v] === toes) ball = Math.min(ball, positions[v * 3 + 1]!);
        }
        expect(Math.abs(heel), `${side} heel`).toBeLessThan(TOUCH);
        expect(Math.abs(ball), `${side} ball`).toBeLessThan(TOUCH);
      }
    },
  );

  it('sitting-forearms-on-table: both forearms lie flat on the table with the wrists in reach', () => {
    const { world, positions, normals } = posed.get('sitting-forearms-on-table')!;
    const top = TABLE.height;
    const table = POSES['sitting-forearms-on-table'].props.find((p) => p.kind === 'table')!;
    const nearEdge = table.position[2] - TABLE.depth / 2;
    for (const side of ['left', 'right'] as const) {
      const elbow = jointAt(world, `forearm-${side}`);
      const wrist = jointAt(world, `hand-${side}`);
      expect(horizontal(elbow, wrist), `${side} forearm level`).toBeLessThan(8);
      expect(wrist[2], `${side} wrist over the table`).toBeGreaterThan(nearEdge + 0.1);
      // The palmar wrist crease faces up, just above the table top.
      const skin = body.skin!;
      const twist = boneIndex(`forearm-twist-${side}`);
      let up = 0,
        count = 0;
      for (let v = 0; v < positions.length / 3; v++) {
        if (dominant[v] !== twist) continue;
        const p = P(positions, v);
        if (Math.hypot(p[0] - wrist[0], p[2] - wrist[2]) > 0.04) continue;
        if (p[1] > wrist[1]) {
          up += normals[v * 3 + 1]!;
          count++;
        }
        expect(p[1], 'forearm above the table top, less soft tissue').toBeGreaterThan(top - SINK);
      }
      expect(skin.boneNames[twist]).toBe(`forearm-twist-${side}`);
      expect(up / count, `${side} wrist's upper side faces up`).toBeGreaterThan(0.5);
    }
  });

  it('lying-face-down-on-bolster: the roller is under the ankles, its place marked as our reading', () => {
    const pose = POSES['lying-face-down-on-bolster'];
    const { world } = posed.get(pose.name)!;
    const bolster = pose.props.find((p) => p.kind === 'bolster')!;
    expect(bolster.note).toMatch(/our reading/i);
    for (const side of ['left', 'right'] as const) {
      const ankle = jointAt(world, `foot-${side}`);
      expect(
        Math.abs(ankle[2] - bolster.position[2]),
        `${side} ankle over the roller`,
      ).toBeLessThan(0.08);
    }
    expect(pose.props.some((p) => p.kind === 'couch')).toBe(true);
  });

  it('on-all-fours: hands under the shoulders, knees under the hips', () => {
    const { world } = posed.get('on-all-fours')!;
    for (const side of ['left', 'right'] as const) {
      const shoulder = jointAt(world, `upper-arm-${side}`);
      const wrist = jointAt(world, `hand-${side}`);
      const hip = jointAt(world, `thigh-${side}`);
      const knee = jointAt(world, `shin-${side}`);
      expect(Math.hypot(shoulder[0] - wrist[0], shoulder[2] - wrist[2])).toBeLessThan(0.08);
      expect(Math.hypot(hip[0] - knee[0], hip[2] - knee[2])).toBeLessThan(0.08);
    }
  });

  it('twisting the forearm or the thigh keeps the wrist and the knee round (no candy wrapper)', () => {
    const twisted: Pose = {
      ...POSES.standing,
      joints: { 'forearm-left': { twist: 90 }, 'thigh-left': { twist: 30 } },
    };
    const world = posedWorldMatrices(body.skin!, twisted);
    const positions = skinPositions(body.skin!, world);
    const rest = body.skin!.restWorld;
    // Mean distance from the limb's axis of the skin near the joint, posed over rest.
    const roundness = (from: BoneName, joint: BoneName, to: BoneName, reach: number): number => {
      const ratio = (w: Float64Array, pos: Float64Array, which: 'rest' | 'posed'): number[] => {
        const a = jointAt(w, from),
          j = jointAt(w, joint),
          b = jointAt(w, to);
        const axis = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
        const l = Math.hypot(...axis);
        const u = axis.map((c) => c / l);
        const out: number[] = [];
        for (let v = 0; v < pos.length / 3; v++) {
          const r = P(body.positions, v);
          const jr = jointAt(rest, joint);
          if (Math.hypot(r[0] - jr[0], r[1] - jr[1], r[2] - jr[2]) > reach) continue;
          const p = P(pos, v);
          const d = [p[0] - j[0], p[1] - j[1], p[2] - j[2]];
          const t = d[0]! * u[0]! + d[1]! * u[1]! + d[2]! * u[2]!;
          out.push(Math.hypot(d[0]! - t * u[0]!, d[1]! - t * u[1]!, d[2]! - t * u[2]!));
        }
        expect(out.length, `${joint} ${which}`).toBeGreaterThan(15);
        return out;
      };
      const r0 = ratio(rest, body.positions, 'rest');
      const r1 = ratio(world, positions, 'posed');
      return r1.reduce((s, x) => s + x, 0) / r0.reduce((s, x) => s + x, 0);
    };
    expect(roundness('forearm-left', 'hand-left', 'hand-left', 0.05), 'wrist').toBeGreaterThan(
      0.93,
    );
    expect(
      roundness('forearm-left', 'forearm-twist-left', 'hand-left', 0.05),
      'mid-forearm',
    ).toBeGreaterThan(0.93);
    expect(roundness('thigh-left', 'shin-left', 'foot-left', 0.07), 'knee').toBeGreaterThan(0.93);
  });

  it('standing is the rest pose: no bone turned, the pelvis within 2 mm of its rest place', () => {
    const { positions } = posed.get('standing')!;
    const rest = jointAt(body.skin!.restWorld, 'pelvis');
    const at = POSES.standing.root.position;
    const shift = [at[0] - rest[0], at[1] - rest[1], at[2] - rest[2]];
    expect(Math.hypot(...shift)).toBeLessThan(2 * MM);
    let worst = 0;
    for (let i = 0; i < positions.length; i++)
      worst = Math.max(worst, Math.abs(positions[i]! - body.positions[i]! - shift[i % 3]!));
    expect(worst).toBeLessThan(0.0001);
    expect(mirrorBone('hand-left')).toBe('hand-right');
  });
});
