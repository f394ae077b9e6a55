/**
 * The stylised bones the rules count from and their neighbours, each a named bone carried by one
 * joint of the body's rig: built from the same skeleton that shapes the body and set under the
 * landmarks the table found on its skin, so a landmark dot sits over its bone.
 */
import type { BufferGeometry } from 'three';
import type { LandmarkId } from '../landmark-ids';
import type { LandmarkTable } from '../landmark-table';
import { castToSurface } from '../mesh/queries';
import { LEVEL } from '../proportions';
import type { BoneSlot } from '../rig';
import { inFrame, type Skeleton } from '../skeleton';
import { VERTEBRAE, isLumbar, spinousLevel } from '../spine';
import { add, deg, lerp, norm, rotate, scale, sub, type V3 } from '../sdf/vec';
import {
  ARM_BONES,
  FOOT_BONES,
  HEAD_BONES,
  LEG_BONES,
  PELVIS_BONES,
  SPINE_BONES,
  UNDER_SKIN,
} from './dimensions';
import { capsule, ellipsoid, merged, type Axes } from './pieces';

/** One bone, in the body's field coordinates (before the body is set on the floor). */
export interface BoneSpec {
  /** The node's name without its side: `vertebra-T4`, `navicular`. */
  name: string;
  /** The rig joint that carries it, without its side. */
  rig: BoneSlot;
  /** What the view writes beside it. */
  label: string;
  /** Where that label points: the part of the bone a finger finds. */
  anchor: V3;
  geometry: BufferGeometry;
  /** A bone of the left side, mirrored for the right; or one on the midline. */
  bilateral: boolean;
}

const CERVICAL = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'] as const;
const COCCYX_TAPER = { widest: 1.2, perSixth: 0.1, depthShare: 0.8 } as const;
/** The tibia's shaft narrows into the inner ankle bone. */
const SHAFT_INTO_MALLEOLUS = 0.6;
const Y: V3 = [0, 1, 0];

export function skeletonBones(
  s: Skeleton,
  field: (p: readonly number[]) => number,
  table: LandmarkTable,
  shiftY: number,
): BoneSpec[] {
  /** A landmark of the left side (or the midline), moved `depth` under the skin. */
  const under = (id: LandmarkId, depth: number): V3 => {
    const entry = table.landmarks.find((l) => l.id === id && l.side !== 'right');
    if (entry === undefined) throw new Error(`bones: landmark ${id} missing`);
    const [x, y, z] = entry.position;
    const [nx, ny, nz] = entry.normal;
    return [x - nx * depth, y - shiftY - ny * depth, z - nz * depth];
  };
  const backSkinZ = (y: number) =>
    castToSurface(field, [0, y, SPINE_BONES.castFromZ], [0, 0, -1])[2];
  const bones: BoneSpec[] = [];
  const midline = (spec: Omit<BoneSpec, 'bilateral' | 'geometry'>, pieces: BufferGeometry[]) =>
    bones.push({ ...spec, geometry: merged(pieces), bilateral: false });
  const leftSide = (spec: Omit<BoneSpec, 'bilateral' | 'geometry'>, pieces: BufferGeometry[]) =>
    bones.push({ ...spec, geometry: merged(pieces), bilateral: true });

  // The spine: C1-C6 evenly from the skull's base down to C7, then C7-L5 at their tips' levels.
  const atlasLevel = LEVEL.mouth - SPINE_BONES.atlasBelowMouth;
  const cervicalStep = (atlasLevel - spinousLevel('C7')) / CERVICAL.length;
  const spine = [
    ...CERVICAL.map((name, i) => ({ name, tipY: atlasLevel - i * cervicalStep })),
    ...VERTEBRAE.map((name) => ({ name, tipY: spinousLevel(name) })),
  ];
  for (const { name, tipY } of spine) {
    const cervical = name.startsWith('C');
    const thoracic = name.startsWith('T');
    const bodyY = tipY + (thoracic ? SPINE_BONES.tipDropThoracic : SPINE_BONES.tipDropOther);
    const depth = cervical
      ? SPINE_BONES.bodyDepthCervical
      : thoracic
        ? SPINE_BONES.bodyDepthThoracic
        : SPINE_BONES.bodyDepthLumbar;
    const radii = (
      cervical
        ? SPINE_BONES.cervicalBody
        : thoracic
          ? SPINE_BONES.thoracicBody
          : SPINE_BONES.lumbarBody
    ) as V3;
    const body: V3 = [0, bodyY, backSkinZ(bodyY) + depth];
    const tip: V3 = [0, tipY, backSkinZ(tipY) + UNDER_SKIN.spinousTip];
    const rig: BoneSlot =
      cervical && name !== 'C7' ? 'neck' : isLumbarName(name) ? 'spine-lumbar' : 'spine-chest';
    midline({ name: `vertebra-${name}`, rig, label: name, anchor: tip }, [
      ellipsoid(body, radii),
      capsule([0, bodyY, body[2] - radii[2]], tip, SPINE_BONES.spinousRadius),
    ]);
  }

  // Sacrum and coccyx, down to the tailbone's tip under the cleft.
  const l5BodyY = spinousLevel('L5') + SPINE_BONES.tipDropOther;
  const sacrumTop: V3 = [
    0,
    l5BodyY - SPINE_BONES.lumbarBody[1],
    backSkinZ(l5BodyY) + SPINE_BONES.bodyDepthLumbar - SPINE_BONES.lumbarBody[2],
  ];
  const coccyxTip = under('coccyx-tip', UNDER_SKIN.coccyxTip);
  const sacrumApex = lerp(sacrumTop, coccyxTip, SPINE_BONES.sacrumShareToTip);
  const sacrumAxis = norm(sub(sacrumApex, sacrumTop));
  midline({ name: 'sacrum', rig: 'pelvis', label: 'sacrum', anchor: sacrumApex }, [
    ellipsoid(
      lerp(sacrumTop, sacrumApex, 0.5),
      [
        SPINE_BONES.sacrumHalfWidth,
        Math.hypot(...sub(sacrumApex, sacrumTop)) / 2,
        SPINE_BONES.sacrumHalfThickness,
      ],
      { x: [1, 0, 0], y: sacrumAxis, z: norm([0, -sacrumAxis[2], sacrumAxis[1]]) },
    ),
  ]);
  midline(
    { name: 'coccyx', rig: 'pelvis', label: 'tailbone', anchor: coccyxTip },
    [1, 3, 5].map((sixth) =>
      // Three pieces, each narrower than the one above, flatter front to back than across.
      ellipsoid(lerp(sacrumApex, coccyxTip, sixth / 6), [
        SPINE_BONES.coccyxPieceRadius * (COCCYX_TAPER.widest - sixth * COCCYX_TAPER.perSixth),
        SPINE_BONES.coccyxPieceRadius,
        SPINE_BONES.coccyxPieceRadius * COCCYX_TAPER.depthShare,
      ]),
    ),
  );

  // The pelvis: the pubic symphysis on the midline, a hip bone each side.
  const pubicTop = under('pubic-crest-top', UNDER_SKIN.pubicCrest);
  const symphysis = add(pubicTop, [
    0,
    -PELVIS_BONES.symphysisRadii[1],
    -PELVIS_BONES.symphysisBack,
  ]);
  const symphysisTop = add(symphysis, [0, PELVIS_BONES.symphysisRadii[1], 0]);
  midline({ name: 'pubic-symphysis', rig: 'pelvis', label: 'pubic bone', anchor: symphysisTop }, [
    ellipsoid(symphysis, PELVIS_BONES.symphysisRadii as unknown as V3),
  ]);
  const wingTurn = deg(PELVIS_BONES.wingTurnDeg);
  const wingCentre: V3 = [
    PELVIS_BONES.wingCentreX,
    LEVEL.iliacCrest - PELVIS_BONES.wingRadii[1],
    PELVIS_BONES.wingCentreZ,
  ];
  const wingAxes: Axes = {
    x: rotate([1, 0, 0], Y, -wingTurn),
    y: Y,
    z: rotate([0, 0, 1], Y, -wingTurn),
  };
  const socket: V3 = [s.hip[0] - LEG_BONES.femurHeadRadius, s.hip[1], s.hip[2]];
  const ischialTuberosity: V3 = [
    socket[0] - PELVIS_BONES.ischialIn,
    s.hip[1] - PELVIS_BONES.ischialDrop,
    s.hip[2] - PELVIS_BONES.ischialBack,
  ];
  leftSide(
    {
      name: 'hip-bone',
      rig: 'pelvis',
      label: 'iliac crest',
      anchor: [wingCentre[0], LEVEL.iliacCrest, wingCentre[2]],
    },
    [
      ellipsoid(wingCentre, PELVIS_BONES.wingRadii as unknown as V3, wingAxes),
      capsule(
        add(wingCentre, [0, -PELVIS_BONES.wingRadii[1] * PELVIS_BONES.wingFootShare, 0]),
        socket,
        PELVIS_BONES.ramusRadius * PELVIS_BONES.iliumRadiusShare,
      ),
      capsule(
        socket,
        add(symphysis, [PELVIS_BONES.symphysisRadii[0], 0, 0]),
        PELVIS_BONES.ramusRadius,
      ),
      capsule(
        socket,
        ischialTuberosity,
        PELVIS_BONES.ramusRadius * PELVIS_BONES.ischiumRadiusShare,
      ),
      capsule(
        ischialTuberosity,
        add(symphysis, [PELVIS_BONES.symphysisRadii[0], -PELVIS_BONES.lowerRamusDrop, 0]),
        PELVIS_BONES.ramusRadius,
      ),
    ],
  );

  // The head: the skull, the occipital bone a finger finds above the nape, the thyroid cartilage.
  const H = HEAD_BONES;
  const skullCentre: V3 = [0, LEVEL.crown - H.skullCentreBelowCrown, H.skullCentreZ];
  const cranium = H.skullRadii.map((radius) => radius * H.craniumShare) as V3;
  const jaw = (sideSign: 1 | -1) =>
    capsule(
      [sideSign * H.jawAngle[0], LEVEL.mouth + H.jawAngle[1], H.jawAngle[2]],
      [sideSign * H.jawChin[0], LEVEL.chin + H.jawChin[1], H.jawChin[2]],
      H.jawRadius,
    );
  midline(
    {
      name: 'skull',
      rig: 'head',
      label: 'skull',
      anchor: add(skullCentre, [0, cranium[1], 0]),
    },
    [ellipsoid(skullCentre, cranium), jaw(1), jaw(-1)],
  );
  const occipitalY = under('nape-hairline', 0)[1] + H.occipitalAboveNape;
  const occipital: V3 = [
    0,
    occipitalY,
    backSkinZ(occipitalY) + H.occipitalUnderSkin + H.occipitalRadii[2],
  ];
  midline({ name: 'occipital-bone', rig: 'head', label: 'occipital bone', anchor: occipital }, [
    ellipsoid(occipital, HEAD_BONES.occipitalRadii as unknown as V3),
  ]);
  const thyroid = under('thyroid-cartilage', UNDER_SKIN.thyroid + HEAD_BONES.thyroidPlateRadii[2]);
  midline(
    { name: 'thyroid-cartilage', rig: 'neck', label: 'thyroid cartilage', anchor: thyroid },
    [1, -1].map((sideSign) =>
      ellipsoid(
        add(thyroid, [sideSign * HEAD_BONES.thyroidPlateSpread, 0, -HEAD_BONES.thyroidPlateSpread]),
        HEAD_BONES.thyroidPlateRadii as unknown as V3,
        {
          x: rotate([1, 0, 0], Y, sideSign * deg(HEAD_BONES.thyroidPlateTurnDeg)),
          y: Y,
          z: rotate([0, 0, 1], Y, sideSign * deg(HEAD_BONES.thyroidPlateTurnDeg)),
        },
      ),
    ),
  );

  legBones(s, under, leftSide);
  footBones(s, under, leftSide);
  armBones(s, leftSide);
  return bones;
}

const isLumbarName = (name: string) => name.startsWith('L') && isLumbar(name as 'L1');

type AddBone = (spec: Omit<BoneSpec, 'bilateral' | 'geometry'>, pieces: BufferGeometry[]) => void;
type Under = (id: LandmarkId, depth: number) => V3;

function legBones(s: Skeleton, under: Under, add3: AddBone) {
  const L = LEG_BONES;
  const trochanter: V3 = [s.hip[0] + L.trochanterOut, s.hip[1] - L.trochanterDrop, s.hip[2]];
  add3({ name: 'femur', rig: 'thigh', label: 'femur', anchor: trochanter }, [
    ellipsoid(s.hip, [L.femurHeadRadius, L.femurHeadRadius, L.femurHeadRadius]),
    capsule(s.hip, trochanter, L.femurShaftRadius),
    capsule(
      add(trochanter, [...L.shaftTop] as V3),
      add(s.knee, [0, L.shaftFootAboveKnee, 0]),
      L.femurShaftRadius,
    ),
    ellipsoid(add(s.knee, [...L.condylesOffset] as V3), L.condylesRadii as unknown as V3),
  ]);
  const patella = add(s.knee, [0, L.patellaAboveKnee, L.patellaForward]);
  add3({ name: 'patella', rig: 'thigh', label: 'kneecap', anchor: patella }, [
    ellipsoid(patella, L.patellaRadii as unknown as V3),
  ]);
  const medialMalleolus = under('medial-malleolus', UNDER_SKIN.malleolus + L.malleolusRadius);
  const lateralMalleolus = under('lateral-malleolus', UNDER_SKIN.malleolus + L.malleolusRadius);
  const tibiaFoot = add(s.ankle, [...L.tibiaFootOffset] as V3);
  add3({ name: 'tibia', rig: 'shin', label: 'tibia', anchor: medialMalleolus }, [
    ellipsoid(add(s.knee, [...L.plateauOffset] as V3), L.tibiaPlateauRadii as unknown as V3),
    capsule(add(s.knee, [...L.tibiaShaftTop] as V3), tibiaFoot, L.tibiaShaftRadius),
    capsule(tibiaFoot, medialMalleolus, L.tibiaShaftRadius * SHAFT_INTO_MALLEOLUS),
    ellipsoid(medialMalleolus, [
      L.malleolusRadius,
      L.malleolusRadius * L.malleolusStretch.medial,
      L.malleolusRadius,
    ]),
  ]);
  add3({ name: 'fibula', rig: 'shin', label: 'fibula', anchor: lateralMalleolus }, [
    capsule(add(s.knee, [...L.fibulaHead] as V3), lateralMalleolus, L.fibulaRadius),
    ellipsoid(lateralMalleolus, [
      L.malleolusRadius,
      L.malleolusRadius * L.malleolusStretch.lateral,
      L.malleolusRadius,
    ]),
  ]);
}

function footBones(s: Skeleton, under: Under, add3: AddBone) {
  const F = FOOT_BONES;
  const f = s.foot;
  // Axes of the foot: x across (lateral), y up, z toward the toes.
  const footAxes: Axes = { x: f.side, y: f.normal, z: f.along };
  const talus = add(s.ankle, [...F.talusOffset] as V3);
  add3({ name: 'talus', rig: 'foot', label: 'talus', anchor: talus }, [
    ellipsoid(talus, F.talusRadii as unknown as V3, footAxes),
  ]);
  const calcaneus = inFrame(f, -F.calcaneusBack, F.calcaneusOutward, F.calcaneusUp);
  add3(
    {
      name: 'calcaneus',
      rig: 'foot',
      label: 'heel bone',
      anchor: inFrame(f, -F.calcaneusBack - F.calcaneusRadii[0], 0, F.calcaneusUp),
    },
    [
      ellipsoid(
        calcaneus,
        [F.calcaneusRadii[1], F.calcaneusRadii[2], F.calcaneusRadii[0]],
        footAxes,
      ),
    ],
  );
  const tuberosity = under('navicular-tuberosity', UNDER_SKIN.navicular);
  const navicular = add(tuberosity, scale(f.side, F.navicularRadii[2] * F.navicularBodyShare));
  add3({ name: 'navicular', rig: 'foot', label: 'navicular', anchor: tuberosity }, [
    ellipsoid(navicular, [F.navicularRadii[2], F.navicularRadii[1], F.navicularRadii[0]], footAxes),
  ]);
  // Metatarsal bases: the first and second where their landmarks are, the rest stepped back.
  const firstBase = add(
    under('first-metatarsal-base', UNDER_SKIN.firstMetatarsalBase),
    scale(f.side, F.firstBaseOutward),
  );
  const secondBase = add(
    under('second-metatarsal-base', UNDER_SKIN.firstMetatarsalBase),
    scale(f.normal, -F.secondBaseDown),
  );
  const bases: V3[] = [firstBase, secondBase];
  for (let i = 2; i < s.toes.length; i++) {
    const toe = s.toes[i]!;
    const across = sub(toe.base, f.origin);
    const side = across[0] * f.side[0] + across[2] * f.side[2];
    // The rays fan out toward the toes: at the bases they lie closer together.
    bases.push(
      inFrame(
        f,
        FOOT_BONES.outerBasesAlong - (i - 2) * FOOT_BONES.outerBasesStepBack,
        side * FOOT_BONES.baseSpreadShare,
        FOOT_BONES.outerBasesUp,
      ),
    );
  }
  ['medial', 'intermediate', 'lateral'].forEach((which, i) => {
    const centre = lerp(
      add(navicular, scale(f.along, F.navicularFront)),
      bases[i]!,
      F.cuneiformShare,
    );
    add3({ name: `cuneiform-${which}`, rig: 'foot', label: `${which} cuneiform`, anchor: centre }, [
      ellipsoid(
        centre,
        [F.cuneiformRadii[1] * 0.7, F.cuneiformRadii[1], F.cuneiformRadii[0]],
        footAxes,
      ),
    ]);
  });
  const cuboid = lerp(add(calcaneus, scale(f.along, F.calcaneusRadii[0])), bases[4]!, 0.5);
  add3({ name: 'cuboid', rig: 'foot', label: 'cuboid', anchor: cuboid }, [
    ellipsoid(cuboid, F.cuboidRadii as unknown as V3, footAxes),
  ]);
  s.toes.forEach((toe, i) => {
    const head = add(toe.base, scale(f.normal, -F.metatarsalHeadDown));
    const radius = F.metatarsalRadius[i]!;
    add3(
      {
        name: `metatarsal-${i + 1}`,
        rig: 'foot',
        label: `${ordinal(i + 1)} metatarsal`,
        anchor: bases[i]!,
      },
      [
        capsule(bases[i]!, head, radius),
        ellipsoid(head, F.metatarsalHeadSwell.map((swell) => radius * swell) as V3, footAxes),
      ],
    );
    const tip = lerp(toe.base, toe.tip, 1 + (1 - F.phalanxShare) / 4);
    const joints =
      i === 0
        ? [toe.base, ...F.bigToeJoints.map((share) => lerp(toe.base, tip, share)), tip]
        : [toe.base, ...F.toeJoints.map((share) => lerp(toe.base, tip, share)), tip];
    add3(
      { name: `phalanges-toe-${i + 1}`, rig: 'toes', label: `toe ${i + 1}`, anchor: tip },
      joints
        .slice(1)
        .map((to, j) =>
          capsule(
            lerp(joints[j]!, to, F.phalanxGap[0]),
            lerp(joints[j]!, to, F.phalanxGap[1]),
            toe.radius * F.phalanxRadiusShare,
          ),
        ),
    );
  });
}

function armBones(s: Skeleton, add3: AddBone) {
  const A = ARM_BONES;
  const h = s.hand;
  add3({ name: 'humerus', rig: 'upper-arm', label: 'humerus', anchor: s.elbow }, [
    ellipsoid(s.shoulder, [A.humerusHeadRadius, A.humerusHeadRadius, A.humerusHeadRadius]),
    capsule(s.shoulder, s.elbow, A.humerusShaftRadius),
    ellipsoid(s.elbow, A.epicondylesRadii as unknown as V3, {
      x: h.side,
      y: norm(sub(s.shoulder, s.elbow)),
      z: h.normal,
    }),
  ]);
  const ulnaHead = add(
    add(
      add(s.wrist, scale(h.side, A.ulnaHeadOffset.across)),
      scale(h.normal, A.ulnaHeadOffset.back),
    ),
    scale(h.along, A.ulnaHeadOffset.along),
  );
  add3({ name: 'ulna', rig: 'forearm', label: 'ulna', anchor: ulnaHead }, [
    capsule(add(s.elbow, scale(h.normal, -A.olecranonBack)), ulnaHead, A.ulnaRadius),
    ellipsoid(ulnaHead, [A.ulnaHeadRadius, A.ulnaHeadRadius, A.ulnaHeadRadius]),
  ]);
  const radiusFoot = add(
    add(s.wrist, scale(h.side, A.radiusFootOffset.across)),
    scale(h.along, A.radiusFootOffset.along),
  );
  add3({ name: 'radius', rig: 'forearm-twist', label: 'radius', anchor: radiusFoot }, [
    capsule(add(s.elbow, scale(h.side, A.radiusHeadAcross)), radiusFoot, A.radiusRadius),
  ]);
  const handAxes: Axes = { x: h.side, y: h.along, z: h.normal };
  const carpals = add(s.wrist, scale(h.along, A.carpalsBeyondWrist));
  add3({ name: 'carpals', rig: 'hand', label: 'wrist bones', anchor: carpals }, [
    ellipsoid(carpals, [A.carpalsRadii[0], A.carpalsRadii[1], A.carpalsRadii[2]], handAxes),
  ]);
  s.fingers.forEach((finger, i) => {
    const base = add(carpals, scale(h.along, A.metacarpalsFromCarpals));
    const start = lerp(base, finger.knuckle, A.metacarpalGap[0]);
    add3(
      {
        name: `metacarpal-${i + 2}`,
        rig: 'hand',
        label: `${ordinal(i + 2)} metacarpal`,
        anchor: finger.knuckle,
      },
      [
        capsule(
          add(start, scale(sub(finger.knuckle, start), A.metacarpalGap[1])),
          finger.knuckle,
          A.metacarpalRadius,
        ),
      ],
    );
    const tip = lerp(finger.dip, finger.tip, A.fingertipShare);
    const joints = [finger.knuckle, finger.pip, finger.dip, tip];
    add3(
      { name: `phalanges-finger-${i + 2}`, rig: 'hand', label: `finger ${i + 2}`, anchor: tip },
      joints
        .slice(1)
        .map((to, j) =>
          capsule(
            lerp(joints[j]!, to, A.phalanxGap[0]),
            lerp(joints[j]!, to, A.phalanxGap[1]),
            finger.radius * A.phalanxRadiusShare,
          ),
        ),
    );
  });
  const t = s.thumb;
  add3({ name: 'metacarpal-1', rig: 'thumb', label: '1st metacarpal', anchor: t.mcp }, [
    capsule(
      lerp(t.base, t.mcp, A.thumbMetacarpalGap[0]),
      lerp(t.base, t.mcp, A.thumbMetacarpalGap[1]),
      A.metacarpalRadius * A.thumbMetacarpalSwell,
    ),
  ]);
  const thumbTip = lerp(t.ip, t.tip, A.fingertipShare);
  add3({ name: 'phalanges-thumb', rig: 'thumb', label: 'thumb', anchor: thumbTip }, [
    capsule(
      lerp(t.mcp, t.ip, A.phalanxGap[0]),
      lerp(t.mcp, t.ip, A.phalanxGap[1]),
      t.radius * A.phalanxRadiusShare,
    ),
    capsule(lerp(t.ip, thumbTip, A.phalanxGap[0]), thumbTip, t.radius * A.phalanxRadiusShare),
  ]);
}

const ordinal = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
