/**
 * The landmarks the rules count from, checked against adult surface anatomy: where one landmark
 * lies relative to another, in ranges an anatomy text would accept. The committed table is what
 * the app places points from, so these read it rather than rebuilding the body.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GLB, DEFAULT_LANDMARKS } from './generate';
import type { LandmarkId } from './landmark-ids';
import type { LandmarkTable } from './landmark-table';
import { BACK, LEVEL } from './proportions';
import { readBodyGlb, type DecodedBody } from './mesh/read-glb';
import { buildSkeleton } from './skeleton';
import { SPINOUS_STEP, VERTEBRAE, spinousLevel } from './spine';
import { norm, sub, type V3 } from './sdf/vec';

const table = JSON.parse(readFileSync(DEFAULT_LANDMARKS, 'utf8')) as LandmarkTable;
const skeleton = buildSkeleton();

/** The landmark on the left (+X) side, or the midline one. */
const at = (id: LandmarkId): V3 => {
  const entry = table.landmarks.find((l) => l.id === id && l.side !== 'right');
  if (!entry) throw new Error(`landmark ${id} missing`);
  return entry.position as V3;
};
const distance = (a: V3, b: V3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
/** Toward the toes, in the ground plane: the table sits on the floor, the skeleton does not. */
const footForward = norm([skeleton.foot.along[0], 0, skeleton.foot.along[2]]);
const flat = (v: V3): V3 => [v[0], 0, v[2]];

describe('landmarks against adult anatomy', () => {
  it('puts the anus 2–6 cm from the tailbone tip, both on the midline of the cleft', () => {
    const tip = at('coccyx-tip');
    const anus = at('anus');
    expect(distance(tip, anus)).toBeGreaterThanOrEqual(0.02);
    expect(distance(tip, anus)).toBeLessThanOrEqual(0.06);
    expect(anus[1], 'the anus lies below the tailbone tip').toBeLessThan(tip[1]);
  });

  it('sets the outer ankle bone 0.5–2 cm lower than the inner, and further back', () => {
    const inner = at('medial-malleolus');
    const outer = at('lateral-malleolus');
    const drop = inner[1] - outer[1];
    expect(drop).toBeGreaterThanOrEqual(0.005);
    expect(drop).toBeLessThanOrEqual(0.02);
    expect(dot(flat(sub(inner, outer)), footForward), 'outer behind inner').toBeGreaterThan(0);
  });

  it('puts the navicular bump in front of and below the inner ankle bone', () => {
    const inner = at('medial-malleolus');
    const navicular = at('navicular-tuberosity');
    expect(navicular[1]).toBeLessThan(inner[1]);
    expect(dot(flat(sub(navicular, inner)), footForward)).toBeGreaterThan(0.015);
  });

  it('puts each named nail corner on the last joint of its toe, near the tip', () => {
    const corners: [LandmarkId, number][] = [
      ['big-toe-nail-medial-corner', 0],
      ['second-toe-nail-lateral-corner', 1],
      ['little-toe-nail-lateral-corner', 4],
    ];
    for (const [id, toeIndex] of corners) {
      const toe = skeleton.toes[toeIndex]!;
      const axis = flat(sub(toe.tip, toe.base));
      const length = Math.hypot(...axis);
      const along = dot(flat(sub(at(id), toe.base)), norm(axis)) / length;
      // The nail covers the toe's last joint: the outer half of the ray, up to the tip.
      expect(along, id).toBeGreaterThan(0.5);
      expect(along, id).toBeLessThan(1.15);
      const aside = Math.hypot(...flat(sub(at(id), toe.base))) ** 2 - (along * length) ** 2;
      expect(Math.sqrt(Math.max(0, aside)), `${id} beside its toe`).toBeLessThan(2 * toe.radius);
    }
  });

  it('sets T4/T5 between the shoulder blades’ spines and their lower angles', () => {
    const t4t5 = at('t4-t5-interspace')[1];
    expect(t4t5).toBeLessThan(BACK.scapula.spineRoot[1]);
    expect(t4t5).toBeGreaterThan(BACK.scapula.inferiorAngle[1]);
  });

  it('sets L2/L3 above the line joining the iliac crests', () => {
    expect(at('l2-l3-interspace')[1]).toBeGreaterThan(LEVEL.iliacCrest);
  });
});

describe('the spine a finger counts down', () => {
  let body: DecodedBody;
  beforeAll(async () => {
    body = await readBodyGlb(readFileSync(DEFAULT_GLB));
  });

  /** How far back the midline skin reaches at a height (the most negative z there). */
  const backAt = (y: number): number => {
    const p = body.positions;
    let deepest = 0;
    for (let i = 0; i < p.length; i += 3)
      if (
        Math.abs(p[i]!) < ON_MIDLINE_M &&
        Math.abs(p[i + 1]! - y) < MIDLINE_BAND_M &&
        p[i + 2]! < deepest
      )
        deepest = p[i + 2]!;
    return deepest;
  };
  /** How far a spinous tip stands out of the line joining the gaps above and below it. */
  const standsOut = (y: number): number =>
    (backAt(y + SPINOUS_STEP / 2) + backAt(y - SPINOUS_STEP / 2)) / 2 - backAt(y);

  it('counts down from T4/T5 to L2/L3 the distance the landmarks lie apart', () => {
    const gap = (upper: (typeof VERTEBRAE)[number], lower: (typeof VERTEBRAE)[number]) =>
      (spinousLevel(upper) + spinousLevel(lower)) / 2;
    // Differences, so the body's few millimetres' shift onto the floor drops out.
    const counted = gap('T4', 'T5') - gap('L2', 'L3');
    const measured = at('t4-t5-interspace')[1] - at('l2-l3-interspace')[1];
    expect(Math.abs(counted - measured)).toBeLessThan(0.005);
  });

  it('raises C7 at the base of the neck, clearly more than the tips below it', () => {
    expect(standsOut(spinousLevel('C7'))).toBeGreaterThan(0.003);
  });

  it('shows every tip from T3 to L5 as a bump in the groove', () => {
    for (const vertebra of VERTEBRAE.slice(VERTEBRAE.indexOf('T3')))
      expect(standsOut(spinousLevel(vertebra)), vertebra).toBeGreaterThan(0.0004);
  });
});

/** Half the height of the band of midline vertices read at one level: the mesh's grid step. */
const MIDLINE_BAND_M = 0.0015;
/** A vertex this close to x = 0 lies on the midline seam (the mesh is welded there). */
const ON_MIDLINE_M = 1e-6;
