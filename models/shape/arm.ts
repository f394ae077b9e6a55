/** Arm, forearm and hand with separate fingers, a thumb and raised nails. */
import { castToSurface } from '../mesh/queries';
import {
  ARM_BLEND,
  FINGER_TAPER,
  FOREARM,
  HAND_NAIL,
  PALM,
  THUMB_SHAPE,
  UPPER_ARM,
} from '../arm-shape';
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
    const k = HAND_NAIL.finger;
    const r = f.radius * k.size;
    return {
      centre: add(add(f.tip, scale(along, -r * k.back)), scale(n, -r * k.raise)),
      along,
      up: scale(n, -1),
      radii: [r * k.radii[0], r * k.radii[1], r * k.radii[2]] as V3,
    };
  });
  const tAlong = norm(sub(s.thumb.tip, s.thumb.ip));
  const k = HAND_NAIL.thumb;
  const facing = HAND_NAIL.thumbFacing;
  const tr = s.thumb.radius * k.size;
  const thumbNail = {
    centre: add(
      add(s.thumb.tip, scale(tAlong, -tr * k.back)),
      scale(norm(add(scale(n, -facing.back), scale(s.hand.side, facing.side))), tr * k.raise),
    ),
    along: tAlong,
    up: norm(add(scale(n, -facing.back), scale(s.hand.side, facing.side))),
    radii: [tr * k.radii[0], tr * k.radii[1], tr * k.radii[2]] as V3,
  };
  return [...fingerNails, thumbNail];
}

export const nailNode = (p: NailPlate): SdfNode => ellAlong(p.centre, p.along, p.up, p.radii);

export function arm(s: Skeleton): SdfNode {
  const h = s.hand;
  const upper = bone(
    'upper-arm',
    smooth(
      ARM_BLEND.upperArm,
      cone(s.shoulder, s.elbow, LIMB.upperArmRadius, LIMB.elbowRadius),
      ellAlong(
        lerp(s.shoulder, s.elbow, UPPER_ARM.biceps.at),
        sub(s.elbow, s.shoulder),
        [0, 0, 1],
        UPPER_ARM.biceps.radii,
      ),
      ellAlong(
        add(lerp(s.shoulder, s.elbow, UPPER_ARM.triceps.at), UPPER_ARM.triceps.offset),
        sub(s.elbow, s.shoulder),
        [0, 0, -1],
        UPPER_ARM.triceps.radii,
      ),
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
      ARM_BLEND.forearm,
      cone(s.elbow, s.wrist, FOREARM.elbowRadius, FOREARM.wristRadius),
      ellAlong(
        lerp(s.elbow, s.wrist, FOREARM.bulk.at),
        foreAxis,
        FOREARM.bulk.facing,
        FOREARM.bulk.radii,
      ),
      bone(
        { 'forearm-twist': 0.6, hand: 0.4 },
        ellAlong(s.wrist, h.along, h.normal, [
          FOREARM.wristHalfLength,
          LIMB.wristHalfDepth,
          LIMB.wristHalfWidth,
        ]),
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
    ARM_BLEND.palm,
    ...webs,
    ellAlong(inFrame(h, PALM.centreAlong, 0.0, 0.0), h.along, h.normal, [
      PALM.halfLength,
      HAND.palmHalfDepth,
      HAND.palmHalfWidth,
    ]),
    ellAlong(inFrame(h, ...PALM.knuckleLine.at), h.side, h.normal, PALM.knuckleLine.radii),
    ellAlong(inFrame(h, ...PALM.thenar.at), h.along, h.normal, PALM.thenar.radii),
    ellAlong(inFrame(h, ...PALM.hypothenar.at), h.along, h.normal, PALM.hypothenar.radii),
  );
  const taper = FINGER_TAPER;
  const fingers = s.fingers.map((f) =>
    hard(
      cone(f.knuckle, f.pip, f.radius, f.radius * taper.pip),
      cone(f.pip, f.dip, f.radius * taper.pip, f.radius * taper.dip),
      cone(
        f.dip,
        sub(f.tip, scale(f.dir[2]!, f.radius * taper.tipShort)),
        f.radius * taper.dip,
        f.radius * taper.tip,
      ),
    ),
  );
  const t = s.thumb;
  const thumb = bone(
    'thumb',
    smooth(
      ARM_BLEND.thumb,
      cone(t.base, t.mcp, t.radius * THUMB_SHAPE.baseSwell, t.radius),
      cone(t.mcp, t.ip, t.radius, t.radius * THUMB_SHAPE.ip),
      cone(
        t.ip,
        sub(t.tip, scale(norm(sub(t.tip, t.ip)), t.radius * THUMB_SHAPE.tipShort)),
        t.radius * THUMB_SHAPE.ip,
        t.radius * THUMB_SHAPE.tip,
      ),
    ),
  );

  const nails = handNails(s).map(nailNode);
  const digits = hard(
    ...fingers.map((f, i) => smooth(ARM_BLEND.nail, f, nails[i]!)),
    smooth(ARM_BLEND.nail, thumb, bone('thumb', nails[4]!)),
  );
  const hand = bone('hand', smooth(ARM_BLEND.palmDigits, palm, digits));
  const plain = smooth(ARM_BLEND.armToHand, smooth(ARM_BLEND.upperToForearm, upper, fore), hand);
  const limb = smooth(
    ARM_BLEND.wristBack,
    plain,
    ...wristBack(s, makePointField(compileField(plain))),
  );
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
  return cut(ARM_BLEND.creaseCut, limb, ...creases);
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
      onBack(
        tendons.handFrom,
        across * (tendons.startSpread + (1 - tendons.startSpread) * tendons.crossingFanned),
      ),
    );
    const knuckle = laid(castToSurface(skin, f.knuckle, back));
    return smooth(
      ARM_BLEND.tendonAtWrist,
      bone({ 'forearm-twist': 0.5, hand: 0.5 }, capsule(start, crossing, tendons.radius)),
      bone('hand', capsule(crossing, knuckle, tendons.radius)),
    );
  });
  return [ulna, ...cords];
}
