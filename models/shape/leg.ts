/** Leg and foot: thigh, knee, calf, ankle bones, Achilles tendon, arched foot, five toes with nails. */
import { castToSurface } from '../mesh/queries';
import {
  ANKLE_SHAPE,
  CALF,
  FOOT_SHAPE,
  KNEE_SHAPE,
  LEG_BLEND,
  THIGH,
  type FootCone,
} from '../leg-shape';
import { ANKLE, FOOT, LIMB } from '../proportions';
import { inFrame, type Skeleton } from '../skeleton';
import { capsule, cone, ell, ellAlong, sphere } from '../sdf/prims';
import { bone, compileField, cut, hard, makePointField, smooth, type SdfNode } from '../sdf/tree';
import { add, lerp, norm, scale, sub, type V3 } from '../sdf/vec';
import type { NailPlate } from './arm';

/** Malleoli and tendon positions, shared with the landmark table. */
export function ankleFeatures(s: Skeleton): { medial: V3; lateral: V3; achilles: [V3, V3] } {
  const f = s.foot;
  const at = (o: Readonly<V3>): V3 => add(inFrame(f, o[0], o[1], 0), [0, s.ankle[1] + o[2], 0]);
  return {
    medial: at(ANKLE.medialMalleolus),
    lateral: at(ANKLE.lateralMalleolus),
    achilles: [inFrame(f, ...ANKLE_SHAPE.achillesHeel), inFrame(f, ...ANKLE_SHAPE.achillesCalf)],
  };
}

export function toeNails(s: Skeleton): NailPlate[] {
  return s.toes.map((t) => {
    const along = norm(sub(t.tip, t.base));
    const r = t.radius;
    const k = FOOT.nailRadii;
    return {
      centre: add(add(t.tip, scale(along, -r * FOOT.nailBack)), [0, r * FOOT.nailRaise, 0]),
      along,
      up: [0, 1, FOOT.nailTilt],
      radii: [r * k[0], r * k[1], r * k[2]] as V3,
    };
  });
}

export function leg(s: Skeleton): SdfNode {
  const f = s.foot;
  const thighAxis = sub(s.knee, s.hip);
  const { quadriceps, hamstrings, vastusMedialis } = THIGH;
  const thigh = smooth(
    LEG_BLEND.thighMuscles,
    cone(add(s.hip, THIGH.topOffset), s.knee, LIMB.thighTopRadius, LIMB.kneeRadius),
    ellAlong(
      add(lerp(s.hip, s.knee, quadriceps.at), quadriceps.offset),
      thighAxis,
      [0, 0, 1],
      quadriceps.radii,
    ),
    ellAlong(
      add(lerp(s.hip, s.knee, hamstrings.at), hamstrings.offset),
      thighAxis,
      [0, 0, -1],
      hamstrings.radii,
    ),
    ellAlong(
      add(lerp(s.hip, s.knee, vastusMedialis.at), vastusMedialis.offset),
      thighAxis,
      vastusMedialis.facing,
      vastusMedialis.radii,
    ),
  );
  const knee = smooth(
    LEG_BLEND.knee,
    bone({ thigh: 0.5, shin: 0.5 }, sphere(add(s.knee, KNEE_SHAPE.massOffset), LIMB.kneeRadius)),
    bone(
      { shin: 0.5, thigh: 0.5 },
      ell(add(s.knee, KNEE_SHAPE.patellaOffset), KNEE_SHAPE.patellaRadii),
    ),
  );
  const shinTop = add(s.knee, [0, -CALF.shinTopBelowKnee, 0]);
  const { medialGastrocnemius: inner, lateralGastrocnemius: outer, tibia } = CALF;
  const calf = smooth(
    LEG_BLEND.calfMuscles,
    cone(shinTop, s.ankle, LIMB.calfRadius, LIMB.ankleRadius - CALF.ankleNarrowing),
    ellAlong(
      add(lerp(shinTop, s.ankle, inner.at), inner.offset),
      [0, 1, 0],
      [0, 0, -1],
      inner.radii,
    ),
    ellAlong(
      add(lerp(shinTop, s.ankle, outer.at), outer.offset),
      [0, 1, 0],
      [0, 0, -1],
      outer.radii,
    ),
    capsule(
      add(lerp(shinTop, s.ankle, tibia.from), tibia.fromOffset),
      add(lerp(shinTop, s.ankle, tibia.to), tibia.toOffset),
      tibia.radius,
    ),
  );
  const a = ankleFeatures(s);
  const ankle = smooth(
    ANKLE.malleolusBlend,
    smooth(
      LEG_BLEND.ankleMass,
      bone(
        { shin: 0.5, foot: 0.5 },
        ellAlong(add(s.ankle, ANKLE_SHAPE.massOffset), f.side, [0, 1, 0], ANKLE_SHAPE.massRadii),
      ),
      bone(
        { shin: 0.7, foot: 0.3 },
        cone(
          a.achilles[0],
          a.achilles[1],
          ANKLE.achillesRadius,
          ANKLE.achillesRadius + ANKLE_SHAPE.achillesTopSwell,
        ),
      ),
    ),
    bone('shin', sphere(a.medial, ANKLE.malleolusRadius)),
    bone('shin', sphere(a.lateral, ANKLE.malleolusRadius)),
  );
  const footCone = (c: FootCone) =>
    cone(inFrame(f, ...c.from), inFrame(f, ...c.to), c.radii[0], c.radii[1]);
  const { ball, instep } = FOOT_SHAPE;
  const footBody = smooth(
    LEG_BLEND.footMasses,
    ellAlong(inFrame(f, ...FOOT.heelCentre), f.along, [0, 1, 0], FOOT.heelRadii),
    footCone(FOOT_SHAPE.lateralBorder),
    footCone(FOOT_SHAPE.medialBorder),
    ellAlong(inFrame(f, ...instep.centre), f.along, [0, 1, 0], instep.radii),
    bone(
      { foot: 0.6, toes: 0.4 },
      ellAlong(
        inFrame(f, ...ball.centre),
        add(scale(f.side, 1), scale(f.along, -ball.slantBack)),
        [0, 1, 0],
        ball.radii,
      ),
    ),
    footCone(FOOT_SHAPE.ankleToInstep),
  );
  // Deepen the medial arch: the inner sole lifts off the floor between heel and ball.
  const arched = cut(
    LEG_BLEND.archCut,
    footBody,
    ellAlong(inFrame(f, ...FOOT.archCentre), f.along, [0, 1, 0], FOOT.archRadii),
  );
  // Metatarsal heads: the ball of the foot under each toe's base.
  const heads = s.toes.map((t) =>
    sphere(
      add(sub(t.base, scale(f.along, FOOT_SHAPE.headBehindToe)), [
        0,
        -t.radius * FOOT_SHAPE.headDrop,
        0,
      ]),
      t.radius * FOOT.metatarsalHeadScale,
    ),
  );
  const forefoot = smooth(
    LEG_BLEND.metatarsalHeads,
    bone('foot', arched),
    ...heads.map((h) => bone({ foot: 0.5, toes: 0.5 }, h)),
  );
  const nails = toeNails(s).map((n) => ellAlong(n.centre, n.along, n.up, n.radii));
  const toes = s.toes.map((t, i) => {
    const r = t.radius;
    const mid = add(lerp(t.base, t.tip, 0.5), [0, r * FOOT_SHAPE.toeMidRaise, 0]);
    const along = norm(sub(t.tip, t.base));
    const knuckle = sphere(add(mid, [0, r * FOOT.toeKnuckle.raise, 0]), r * FOOT.toeKnuckle.radius);
    const pad = FOOT.toePad;
    const padAt = add(sub(t.tip, scale(along, r * pad.back)), [0, -r * pad.drop, 0]);
    const tipPad = ellAlong(
      padAt,
      along,
      [0, 1, 0],
      [r * pad.radii[0], r * pad.radii[1], r * pad.radii[2]],
    );
    return smooth(
      LEG_BLEND.toeNail,
      smooth(
        LEG_BLEND.toeParts,
        cone(t.base, mid, r * FOOT.toeBaseScale, r),
        cone(mid, t.tip, r, r * FOOT.toeTipScale),
        knuckle,
        tipPad,
      ),
      nails[i]!,
    );
  });
  const foot = smooth(LEG_BLEND.toesToFoot, forefoot, bone('toes', hard(...toes)));
  const limb = smooth(
    LEG_BLEND.legToFoot,
    smooth(LEG_BLEND.thighKneeCalf, bone('thigh', thigh), knee, bone('shin', calf)),
    smooth(LEG_BLEND.ankleFoot, ankle, foot),
  );
  // The hollows between each ankle bone and the Achilles tendon, sunk into the skin found on the
  // field, halfway between the bone and the tendon.
  const skin = makePointField(compileField(limb));
  const hollows = [a.medial, a.lateral].map((knob) => {
    const tendon = lerp(
      a.achilles[0],
      a.achilles[1],
      (knob[1] - a.achilles[0][1]) / (a.achilles[1][1] - a.achilles[0][1]),
    );
    const y = knob[1] + ANKLE.hollowAboveBone;
    const inside = add(s.ankle, [0, y - s.ankle[1], 0]);
    const mid = lerp(knob, tendon, 0.5);
    const out = norm(sub([mid[0], y, mid[2]], inside));
    const onSkin = castToSurface(skin, inside, out);
    const r = ANKLE.hollowRadii;
    return ellAlong(add(onSkin, scale(out, r[1] - ANKLE.hollowDepth)), [0, 1, 0], out, r);
  });
  return cut(LEG_BLEND.hollowCut, limb, ...hollows);
}
