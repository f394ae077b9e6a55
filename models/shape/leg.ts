/** Leg and foot: thigh, knee, calf, ankle bones, Achilles tendon, arched foot, five toes with nails. */
import { castToSurface } from '../mesh/queries';
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
    achilles: [inFrame(f, -0.046, 0.002, 0.045), inFrame(f, -0.03, 0.0, 0.17)],
  };
}

export function toeNails(s: Skeleton): NailPlate[] {
  return s.toes.map((t) => {
    const along = norm(sub(t.tip, t.base));
    const r = t.radius;
    const k = FOOT.nailRadii;
    return {
      centre: add(add(t.tip, scale(along, -r * FOOT.nailBack)), [0, r * 0.74, 0]),
      along,
      up: [0, 1, 0.15],
      radii: [r * k[0], r * k[1], r * k[2]] as V3,
    };
  });
}

export function leg(s: Skeleton): SdfNode {
  const f = s.foot;
  const thighAxis = sub(s.knee, s.hip);
  const thigh = smooth(
    0.04,
    cone(add(s.hip, [0.004, -0.02, -0.005]), s.knee, LIMB.thighTopRadius, LIMB.kneeRadius),
    ellAlong(
      add(lerp(s.hip, s.knee, 0.42), [0.0, 0, 0.028]),
      thighAxis,
      [0, 0, 1],
      [0.17, 0.05, 0.058],
    ), // quadriceps
    ellAlong(
      add(lerp(s.hip, s.knee, 0.45), [0, 0, -0.03]),
      thighAxis,
      [0, 0, -1],
      [0.16, 0.048, 0.055],
    ), // hamstrings
    ellAlong(
      add(lerp(s.hip, s.knee, 0.82), [-0.02, 0, 0.022]),
      thighAxis,
      [-1, 0, 0.5],
      [0.055, 0.03, 0.036],
    ), // vastus medialis
  );
  const knee = smooth(
    0.012,
    bone({ thigh: 0.5, shin: 0.5 }, sphere(add(s.knee, [0, 0.005, -0.004]), LIMB.kneeRadius)),
    bone({ shin: 0.5, thigh: 0.5 }, ell(add(s.knee, [0, 0.014, 0.04]), [0.024, 0.029, 0.016])), // patella
  );
  const shinTop = add(s.knee, [0, -0.03, 0]);
  const calf = smooth(
    0.03,
    cone(shinTop, s.ankle, LIMB.calfRadius, LIMB.ankleRadius - 0.005),
    ellAlong(
      add(lerp(shinTop, s.ankle, 0.24), [-0.014, 0, -0.032]),
      [0, 1, 0],
      [0, 0, -1],
      [0.1, 0.04, 0.034],
    ), // medial gastrocnemius
    ellAlong(
      add(lerp(shinTop, s.ankle, 0.22), [0.016, 0, -0.028]),
      [0, 1, 0],
      [0, 0, -1],
      [0.085, 0.036, 0.03],
    ), // lateral gastrocnemius
    capsule(
      add(lerp(shinTop, s.ankle, 0.05), [-0.004, 0, 0.03]),
      add(lerp(shinTop, s.ankle, 0.85), [-0.004, 0, 0.014]),
      0.016,
    ), // tibia
  );
  const a = ankleFeatures(s);
  const ankle = smooth(
    ANKLE.malleolusBlend,
    smooth(
      0.01,
      bone(
        { shin: 0.5, foot: 0.5 },
        ellAlong(add(s.ankle, [0, -0.008, 0.004]), f.side, [0, 1, 0], [0.028, 0.03, 0.027]),
      ),
      bone(
        { shin: 0.7, foot: 0.3 },
        cone(a.achilles[0], a.achilles[1], ANKLE.achillesRadius, ANKLE.achillesRadius + 0.0005),
      ),
    ),
    bone('shin', sphere(a.medial, ANKLE.malleolusRadius)),
    bone('shin', sphere(a.lateral, ANKLE.malleolusRadius)),
  );
  const footBody = smooth(
    0.014,
    ellAlong(inFrame(f, ...FOOT.heelCentre), f.along, [0, 1, 0], FOOT.heelRadii), // heel
    cone(inFrame(f, -0.02, 0.016, 0.022), inFrame(f, 0.12, 0.043, 0.016), 0.021, 0.014), // lateral border
    cone(inFrame(f, -0.01, -0.012, 0.04), inFrame(f, 0.125, -0.027, 0.02), 0.022, 0.019), // medial border (arched)
    ellAlong(inFrame(f, 0.05, 0.006, 0.042), f.along, [0, 1, 0], [0.085, 0.026, 0.037]), // instep
    bone(
      { foot: 0.6, toes: 0.4 },
      ellAlong(
        inFrame(f, 0.128, 0.01, 0.021),
        add(scale(f.side, 1), scale(f.along, -0.35)),
        [0, 1, 0],
        [0.047, 0.02, 0.021],
      ),
    ), // ball
    cone(inFrame(f, 0.0, 0.0, 0.07), inFrame(f, 0.06, 0.0, 0.045), 0.03, 0.026), // ankle to instep
  );
  // Deepen the medial arch: the inner sole lifts off the floor between heel and ball.
  const arched = cut(
    0.012,
    footBody,
    ellAlong(inFrame(f, ...FOOT.archCentre), f.along, [0, 1, 0], FOOT.archRadii),
  );
  // Metatarsal heads: the ball of the foot under each toe's base.
  const heads = s.toes.map((t) =>
    sphere(
      add(sub(t.base, scale(f.along, 0.006)), [0, -t.radius * 0.25, 0]),
      t.radius * FOOT.metatarsalHeadScale,
    ),
  );
  const forefoot = smooth(
    0.01,
    bone('foot', arched),
    ...heads.map((h) => bone({ foot: 0.5, toes: 0.5 }, h)),
  );
  const nails = toeNails(s).map((n) => ellAlong(n.centre, n.along, n.up, n.radii));
  const toes = s.toes.map((t, i) => {
    const mid = add(lerp(t.base, t.tip, 0.5), [0, t.radius * 0.25, 0]);
    return smooth(
      0.003,
      smooth(
        0.004,
        cone(t.base, mid, t.radius * FOOT.toeBaseScale, t.radius),
        cone(mid, t.tip, t.radius, t.radius * FOOT.toeTipScale),
      ),
      nails[i]!,
    );
  });
  const foot = smooth(0.006, forefoot, bone('toes', hard(...toes)));
  const limb = smooth(
    0.02,
    smooth(0.03, bone('thigh', thigh), knee, bone('shin', calf)),
    smooth(0.012, ankle, foot),
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
  return cut(0.006, limb, ...hollows);
}
