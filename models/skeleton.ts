/**
 * Named joints of the figure's left half (+X) and midline, posed in a relaxed anatomical stance:
 * arms a little away from the body, palms forward, feet slightly apart and turned out.
 * The right half is the mirror image, so only the left is built.
 */
import { BREADTH, FOOT, HAND, LEVEL, LIMB } from './proportions';
import { add, cross, deg, norm, rotate, scale, type V3 } from './sdf/vec';

export interface Frame {
  origin: V3;
  /** Along the segment, away from the body (hand: toward fingertips; foot: toward toes). */
  along: V3;
  /** Hand: toward the thumb; foot: lateral. */
  side: V3;
  /** Hand: palm normal (anterior); foot: up. */
  normal: V3;
}

export interface FingerJoints {
  knuckle: V3;
  pip: V3;
  dip: V3;
  tip: V3;
  dir: V3[];
  radius: number;
}

export interface Skeleton {
  shoulder: V3;
  elbow: V3;
  wrist: V3;
  hand: Frame;
  fingers: FingerJoints[];
  thumb: { base: V3; mcp: V3; ip: V3; tip: V3; radius: number };
  hip: V3;
  knee: V3;
  ankle: V3;
  foot: Frame;
  /** Big toe first: base (metatarsal head), tip, radius. */
  toes: { base: V3; tip: V3; radius: number }[];
}

const Y: V3 = [0, 1, 0];

export function buildSkeleton(): Skeleton {
  const shoulder: V3 = [BREADTH.shoulderJoint, LEVEL.shoulder, -0.012];
  const upperDir: V3 = [
    Math.sin(deg(LIMB.armAbductionDeg)),
    -Math.cos(deg(LIMB.armAbductionDeg)),
    -0.02,
  ];
  const elbow = add(shoulder, scale(norm(upperDir), LIMB.upperArm));
  const foreDir = norm([
    Math.sin(deg(LIMB.forearmCarryDeg)),
    -Math.cos(deg(LIMB.forearmCarryDeg)),
    0.07,
  ]);
  const wrist = add(elbow, scale(foreDir, LIMB.forearm));

  // The hand continues the forearm; palm faces forward, thumb points away from the body.
  const along = norm(add(foreDir, [-0.05, 0, 0.04]));
  const normal = norm(cross(cross(along, [0, 0, 1]), along));
  const side = norm(cross(normal, along));
  const hand: Frame = { origin: wrist, along, side, normal };
  const at = (u: number, s: number, n: number): V3 =>
    add(add(add(wrist, scale(along, u)), scale(side, s)), scale(normal, n));

  const fingers: FingerJoints[] = HAND.fingers.map((f) => {
    let dir = rotate(along, normal, deg(f.spreadDeg));
    const knuckle = at(f.knuckle, f.across, 0.002);
    const dirs: V3[] = [];
    const pts: V3[] = [knuckle];
    f.phalanges.forEach((length, i) => {
      const axis = norm(cross(dir, normal));
      dir = rotate(dir, axis, -deg(HAND.fingerCurlDeg[i]!));
      dirs.push(dir);
      pts.push(add(pts[i]!, scale(dir, length)));
    });
    return { knuckle, pip: pts[1]!, dip: pts[2]!, tip: pts[3]!, dir: dirs, radius: f.radius };
  });

  const t = HAND.thumb;
  const thumbBase = at(0.018, 0.024, 0.006);
  let tdir = norm(add(add(scale(along, 0.78), scale(side, 0.5)), scale(normal, 0.38)));
  const mcp = add(thumbBase, scale(tdir, t.metacarpal));
  tdir = norm(add(tdir, scale(side, -0.2)));
  const ip = add(mcp, scale(tdir, t.proximal));
  tdir = norm(add(tdir, add(scale(side, -0.15), scale(normal, 0.1))));
  const thumbTip = add(ip, scale(tdir, t.distal));

  const hip: V3 = [BREADTH.hipJoint, LEVEL.hip, 0.0];
  const knee: V3 = [BREADTH.knee, LEVEL.knee, 0.005];
  const ankle: V3 = [BREADTH.ankle, LEVEL.ankle, -0.008];
  const fwd = rotate([0, 0, 1], Y, deg(LIMB.footTurnOutDeg));
  const lateral = cross(Y, fwd);
  const foot: Frame = { origin: [ankle[0], 0, ankle[2]], along: fwd, side: lateral, normal: Y };
  const fp = (f: number, l: number, y: number): V3 =>
    add(add(add(foot.origin, scale(fwd, f)), scale(lateral, l)), [0, y, 0]);
  const toes = FOOT.toes.map((toe) => ({
    base: fp(toe.tip - toe.length, toe.lateral, toe.radius + 0.007),
    tip: fp(toe.tip - toe.radius, toe.lateral, toe.radius * 0.95),
    radius: toe.radius,
  }));

  return {
    shoulder,
    elbow,
    wrist,
    hand,
    fingers,
    thumb: { base: thumbBase, mcp, ip, tip: thumbTip, radius: t.radius },
    hip,
    knee,
    ankle,
    foot,
    toes,
  };
}

/** Position in a frame: origin + a·along + s·side + n·normal. */
export const inFrame = (f: Frame, a: number, s: number, n: number): V3 =>
  add(add(add(f.origin, scale(f.along, a)), scale(f.side, s)), scale(f.normal, n));
