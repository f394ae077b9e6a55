/** Arm, forearm and hand with separate fingers, a thumb and raised nails. */
import { castToSurface } from '../mesh/queries';
import { HAND, LIMB, WRIST_BACK, WRIST_CREASE } from '../proportions';
import { inFrame, type Skeleton } from '../skeleton';
import { capsule, cone, ellAlong, sphere } from '../sdf/prims';
import {
  bone,
  compileField,
  cut,
  hard,
  makePointField,
  smooth,
  type BoneShares,
  type SdfNode,
} from '../sdf/tree';
import { add, dot, lerp, norm, scale, sub, type V3 } from '../sdf/vec';

/** Where along the forearm (0 elbow, 1 wrist) the skin goes over to the twist bone. */
const TWIST_RAMP = [0.1, 0.85] as const;
const smoothstep = (e0: number, e1: number, x: number): number => {
  const t = Math.max(0, Math.min(1, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};

export interface NailPlate {
  centre: V3;
  along: V3;
  up: V3;
  radii: V3;
}

export function handNails(s: Skeleton): NailPlate[] {
  const n = s.hand.normal;
  const fingerNails = s.fingers.map((f) => {
    const along = f.dir[2]!;
    const r = f.radius * 0.8;
    return {
      centre: add(add(f.tip, scale(along, -r * 1.1)), scale(n, -r * 0.86)),
      along,
      up: scale(n, -1),
      radii: [r * 0.85, r * 0.22, r * 0.72] as V3,
    };
  });
  const tAlong = norm(sub(s.thumb.tip, s.thumb.ip));
  const tr = s.thumb.radius * 0.78;
  const thumbNail = {
    centre: add(
      add(s.thumb.tip, scale(tAlong, -tr * 1.1)),
      scale(norm(add(scale(n, -0.5), scale(s.hand.side, 0.85))), tr * 0.86),
    ),
    along: tAlong,
    up: norm(add(scale(n, -0.5), scale(s.hand.side, 0.85))),
    radii: [tr * 0.9, tr * 0.22, tr * 0.75] as V3,
  };
  return [...fingerNails, thumbNail];
}

export const nailNode = (p: NailPlate): SdfNode => ellAlong(p.centre, p.along, p.up, p.radii);

export function arm(s: Skeleton): SdfNode {
  const h = s.hand;
  const upper = bone(
    'upper-arm',
    smooth(
      0.02,
      cone(s.shoulder, s.elbow, LIMB.upperArmRadius, LIMB.elbowRadius),
      ellAlong(
        lerp(s.shoulder, s.elbow, 0.55),
        sub(s.elbow, s.shoulder),
        [0, 0, 1],
        [0.1, 0.028, 0.034],
      ), // biceps
      ellAlong(
        add(lerp(s.shoulder, s.elbow, 0.45), [0, 0, -0.012]),
        sub(s.elbow, s.shoulder),
        [0, 0, -1],
        [0.11, 0.03, 0.036],
      ), // triceps
    ),
  );
  const foreAxis = sub(s.wrist, s.elbow);
  const foreLength2 = dot(foreAxis, foreAxis);
  // Down the forearm the skin goes over from the forearm bone to its twist bone, so a twist of
  // the wrist is shared out along the forearm instead of wringing the skin at one place.
  const twistShare = (p: V3): BoneShares => {
    const t = dot(sub(p, s.elbow), foreAxis) / foreLength2;
    const u = smoothstep(TWIST_RAMP[0], TWIST_RAMP[1], t);
    return { forearm: 1 - u, 'forearm-twist': u };
  };
  const fore = bone(
    twistShare,
    smooth(
      0.025,
      cone(s.elbow, s.wrist, 0.037, 0.024),
      ellAlong(lerp(s.elbow, s.wrist, 0.28), foreAxis, [0.2, 0, 1], [0.085, 0.036, 0.03]), // forearm flexor/extensor bulk
      bone(
        { 'forearm-twist': 0.6, hand: 0.4 },
        ellAlong(s.wrist, h.along, h.normal, [0.014, LIMB.wristHalfDepth, LIMB.wristHalfWidth]),
      ),
    ),
  );
  // The webs between neighbouring fingers keep the finger roots from meeting in a sharp crease.
  const webs = s.fingers.slice(1).map((f, i) => {
    const g = s.fingers[i]!;
    return ellAlong(
      add(lerp(f.knuckle, g.knuckle, 0.5), scale(h.along, HAND.webBeyondKnuckles)),
      h.along,
      h.normal,
      HAND.webRadii,
    );
  });
  const palm = smooth(
    0.012,
    ...webs,
    ellAlong(inFrame(h, 0.055, 0.0, 0.0), h.along, h.normal, [
      0.048,
      HAND.palmHalfDepth,
      HAND.palmHalfWidth,
    ]),
    ellAlong(inFrame(h, 0.083, 0.0, -0.001), h.side, h.normal, [0.039, 0.012, 0.013]), // knuckle line
    ellAlong(inFrame(h, 0.035, 0.022, 0.01), h.along, h.normal, [0.03, 0.012, 0.017]), // thenar eminence
    ellAlong(inFrame(h, 0.045, -0.025, 0.008), h.along, h.normal, [0.035, 0.01, 0.014]), // hypothenar
  );
  const fingers = s.fingers.map((f) =>
    hard(
      cone(f.knuckle, f.pip, f.radius, f.radius * 0.9),
      cone(f.pip, f.dip, f.radius * 0.9, f.radius * 0.82),
      cone(f.dip, sub(f.tip, scale(f.dir[2]!, f.radius * 0.78)), f.radius * 0.82, f.radius * 0.76),
    ),
  );
  const t = s.thumb;
  const thumb = bone(
    'thumb',
    smooth(
      0.006,
      cone(t.base, t.mcp, t.radius * 1.25, t.radius),
      cone(t.mcp, t.ip, t.radius, t.radius * 0.92),
      cone(
        t.ip,
        sub(t.tip, scale(norm(sub(t.tip, t.ip)), t.radius * 0.85)),
        t.radius * 0.92,
        t.radius * 0.85,
      ),
    ),
  );

  const nails = handNails(s).map(nailNode);
  const digits = hard(
    ...fingers.map((f, i) => smooth(0.0015, f, nails[i]!)),
    smooth(0.0015, thumb, bone('thumb', nails[4]!)),
  );
  const hand = bone('hand', smooth(0.006, palm, digits));
  const plain = smooth(0.02, smooth(0.03, upper, fore), hand);
  const limb = smooth(0.004, plain, ...wristBack(s, makePointField(compileField(plain))));
  // Wrist creases: a flat ellipsoid across the palmar and the dorsal wrist, sunk WRIST_CREASE.depth
  // into the skin found on the field; it fades out by itself where the wrist rounds off.
  const skin = makePointField(compileField(limb));
  const c = WRIST_CREASE;
  const creases = [h.normal, scale(h.normal, -1)].map((n) => {
    const onSkin = castToSurface(skin, inFrame(h, c.beyondWrist, 0, 0), n);
    const depthRadius = c.halfWidth;
    return ellAlong(add(onSkin, scale(n, depthRadius - c.depth)), h.side, n, [
      c.halfLength,
      depthRadius,
      c.halfWidth,
    ]);
  });
  return cut(0.002, limb, ...creases);
}

/**
 * The landmarks on the back of the wrist: the head of the ulna and the finger extensors'
 * tendons, each laid on the skin found on the field so it stands a set height proud of it.
 */
function wristBack(s: Skeleton, skin: (p: readonly number[]) => number): SdfNode[] {
  const h = s.hand;
  const back = scale(h.normal, -1);
  const { ulnaHead, tendons } = WRIST_BACK;
  const onBack = (along: number, across: number): V3 =>
    castToSurface(skin, inFrame(h, along, across, 0), back);
  const ulnaDir = norm(add(scale(back, 1 - ulnaHead.turn), scale(h.side, -ulnaHead.turn)));
  const ulnaSkin = castToSurface(skin, inFrame(h, ulnaHead.along, 0, 0), ulnaDir);
  const ulna = bone(
    'forearm-twist',
    sphere(add(ulnaSkin, scale(ulnaDir, ulnaHead.proud - ulnaHead.radius)), ulnaHead.radius),
  );
  const sink = tendons.proud - tendons.radius;
  const laid = (p: V3): V3 => add(p, scale(back, sink));
  const cords = s.fingers.map((f, i) => {
    const across = HAND.fingers[i]!.across;
    const start = laid(onBack(tendons.startAlong, across * tendons.startSpread));
    const crossing = laid(
      onBack(tendons.handFrom, across * (tendons.startSpread + (1 - tendons.startSpread) * 0.25)),
    );
    const knuckle = laid(castToSurface(skin, f.knuckle, back));
    return smooth(
      0.002,
      bone({ 'forearm-twist': 0.5, hand: 0.5 }, capsule(start, crossing, tendons.radius)),
      bone('hand', capsule(crossing, knuckle, tendons.radius)),
    );
  });
  return [ulna, ...cords];
}
