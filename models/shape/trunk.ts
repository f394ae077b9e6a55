/** Torso: ribcage, chest and shoulder girdle, abdomen, pelvis, buttocks, back with spine groove. */
import { castToSurface, gradient } from '../mesh/queries';
import { BACK, BREADTH, LEVEL, PELVIS } from '../proportions';
import {
  BUTTOCK,
  NAVEL_SHAPE,
  SHOULDER_SHAPE,
  SPINE_GROOVE,
  TORSO_MASS,
  TORSO_MUSCLES,
  TRUNK_BLEND,
} from '../trunk-shape';
import { cone, ell, ellAlong, sphere } from '../sdf/prims';
import { VERTEBRAE, isLumbar, spinousLevel } from '../spine';
import { bone, compileField, cut, makePointField, smooth, type SdfNode } from '../sdf/tree';
import type { V3 } from '../sdf/vec';

/** Skin depth of the front of the abdomen at the navel (z), used by the navel cut and landmark. */
export const NAVEL_Z = 0.088;

const { nodeHeights: GROOVE_NODES } = SPINE_GROOVE;
const BACK_CAST_FROM_Z = -0.02;
const LUMBAR_FROM = LEVEL.waist + SPINE_GROOVE.lumbarAboveWaist;
const SACRAL_FROM = LEVEL.iliacCrest - SPINE_GROOVE.sacralBelowCrest;

/** Heights between which the buttock's skin goes over from the pelvis to the thigh. */
const BUTTOCK_TO_THIGH = [
  LEVEL.hip + BUTTOCK.toThighAboveHip,
  LEVEL.gluteal + BUTTOCK.toThighAboveFold,
] as const;
const smoothstep = (e0: number, e1: number, x: number): number => {
  const t = Math.max(0, Math.min(1, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};

/** Radius of a circular groove cutter of half-breadth w that sinks d into a flat surface. */
const grooveRadius = (w: number, d: number): number => (w * w + d * d) / (2 * d);

export function trunk(): SdfNode {
  const { ribcage, abdomen, pelvis, lowerBelly, pectoral, shoulderGirdle: girdle } = TORSO_MASS;
  const mass = smooth(
    TRUNK_BLEND.masses,
    bone(
      'spine-chest',
      ell(
        [0, LEVEL.nipple + ribcage.aboveNipple, ribcage.z],
        [BREADTH.chestHalf - ribcage.narrowerThanChest, ...ribcage.radii],
      ),
    ),
    bone(
      'spine-lumbar',
      ell([0, LEVEL.navel + abdomen.aboveNavel, 0.0], [BREADTH.waistHalf, ...abdomen.radii]),
    ),
    bone(
      'pelvis',
      ell(
        [0, LEVEL.hip + pelvis.aboveHip, pelvis.z],
        [BREADTH.hipHalf - pelvis.narrowerThanHips, ...pelvis.radii],
      ),
    ),
    bone(
      { pelvis: 0.6, 'spine-lumbar': 0.4 },
      ell([0, LEVEL.pubicCrest + lowerBelly.abovePubis, lowerBelly.z], lowerBelly.radii),
    ),
    bone(
      { 'spine-chest': 0.75, shoulder: 0.25 },
      ellAlong(
        [pectoral.x, LEVEL.nipple + pectoral.aboveNipple, pectoral.z],
        pectoral.axis,
        [0, 1, 0],
        pectoral.radii,
      ),
    ),
    bone(
      { shoulder: 0.6, 'spine-chest': 0.4 },
      ellAlong(
        [girdle.x, LEVEL.shoulder - girdle.belowShoulder, girdle.z],
        girdle.axis,
        [0, 1, 0],
        girdle.radii,
      ),
    ),
  );
  const {
    rectusAbdominis: rectus,
    thoracicErectors,
    latissimus,
    lumbarErectors,
    trapezius,
  } = TORSO_MUSCLES;
  const muscles = smooth(
    TRUNK_BLEND.muscles,
    bone(
      'spine-lumbar',
      ell([rectus.at[0], LEVEL.navel + rectus.at[1], rectus.at[2]], rectus.radii),
    ),
    bone(
      'spine-chest',
      ellAlong(
        [thoracicErectors.at[0], LEVEL.t4t5 + thoracicErectors.at[1], thoracicErectors.at[2]],
        thoracicErectors.axis,
        [0, 0, -1],
        thoracicErectors.radii,
      ),
    ),
    bone(
      'spine-chest',
      ellAlong(
        [latissimus.at[0], LEVEL.nipple + latissimus.at[1], latissimus.at[2]],
        latissimus.axis,
        [1, 0, 0],
        latissimus.radii,
      ),
    ),
    bone(
      'spine-lumbar',
      cone(
        [lumbarErectors.top[0], LEVEL.waist + lumbarErectors.top[1], lumbarErectors.top[2]],
        [
          lumbarErectors.bottom[0],
          LEVEL.iliacCrest + lumbarErectors.bottom[1],
          lumbarErectors.bottom[2],
        ],
        ...lumbarErectors.radii,
      ),
    ),
    bone(
      { shoulder: 0.55, 'spine-chest': 0.3, neck: 0.15 },
      cone(
        [trapezius.neck[0], LEVEL.c7 + trapezius.neck[1], trapezius.neck[2]],
        [
          BREADTH.shoulderJoint - trapezius.shoulderInside,
          LEVEL.shoulder + trapezius.shoulderAbove,
          trapezius.shoulderZ,
        ],
        ...trapezius.radii,
      ),
    ),
  );
  // Radii: along the (slightly tilted) vertical, then depth, then breadth.
  const buttock = bone(
    // The upper buttock rides on the pelvis; below the hip joint it goes over to the thigh, so
    // on sitting the buttock rolls under instead of hanging through the seat.
    (p) => {
      const u = smoothstep(BUTTOCK_TO_THIGH[0], BUTTOCK_TO_THIGH[1], p[1]);
      return { pelvis: 1 - u, thigh: u };
    },
    ellAlong(
      [BUTTOCK.at[0], LEVEL.gluteal + BUTTOCK.at[1], BUTTOCK.at[2]],
      BUTTOCK.axis,
      [0, 0, -1],
      BUTTOCK.radii,
    ),
  );
  const { clavicle: collar, deltoid } = SHOULDER_SHAPE;
  const clavicle = bone(
    'shoulder',
    cone(
      [collar.innerX, LEVEL.sternalNotch, collar.innerZ],
      [
        BREADTH.shoulderJoint - collar.outerInside,
        LEVEL.shoulder + collar.outerAbove,
        collar.outerZ,
      ],
      ...collar.radii,
    ),
  );
  const shoulderCap = bone(
    { 'upper-arm': 0.6, shoulder: 0.4 },
    ell(
      [BREADTH.shoulderJoint + deltoid.outside, LEVEL.shoulder - deltoid.below, deltoid.z],
      deltoid.radii,
    ),
  );
  const body = smooth(
    TRUNK_BLEND.girdle,
    smooth(TRUNK_BLEND.massesMuscles, mass, muscles, buttock),
    clavicle,
    shoulderCap,
  );

  // The back's own surface, found on the field, carries the shoulder blades and the spine groove.
  const surface = makePointField(compileField(body));
  // Cast backward from just behind the body's mid-plane, which is inside the trunk at every height.
  const back = (x: number, y: number): V3 =>
    castToSurface(surface, [x, y, BACK_CAST_FROM_Z], [0, 0, -1]);

  // A ridge between two points on the back, sunk so that it stands `proud` out of the skin.
  const onBack = (xy: readonly [number, number], r: number, proud: number): V3 => {
    const p = back(xy[0], xy[1]);
    const out = gradient(surface, p);
    return [p[0] - out[0] * (r - proud), p[1] - out[1] * (r - proud), p[2] - out[2] * (r - proud)];
  };
  const sc = BACK.scapula;
  const blade = bone(
    'shoulder',
    smooth(
      TRUNK_BLEND.bladeParts,
      cone(
        onBack(sc.superiorAngle, sc.borderRadius, sc.proud),
        onBack(sc.inferiorAngle, sc.borderRadius, sc.proud),
        sc.borderRadius,
        sc.borderRadius,
      ), // medial border
      sphere(onBack(sc.inferiorAngle, sc.angleRadius, sc.proud), sc.angleRadius), // inferior angle
      cone(
        onBack(sc.spineRoot, sc.spineRadius, sc.proud),
        onBack(sc.acromion, sc.spineRadius, sc.proud),
        sc.spineRadius,
        sc.spineRadius,
      ), // spine of the scapula
    ),
  );
  const withBlades = smooth(sc.blend, body, blade);

  const floorDepth = (y: number) =>
    y < SACRAL_FROM
      ? BACK.grooveDepthSacral
      : y < LUMBAR_FROM
        ? BACK.grooveDepthLumbar
        : BACK.grooveDepthThoracic;
  const grooveNodes = GROOVE_NODES.map((y) => {
    const depth = floorDepth(y);
    const r = grooveRadius(BACK.grooveHalfWidth, depth);
    const p = back(0, y);
    return { centre: [0, y, p[2] - (r - depth)] as V3, r };
  });
  const groove = grooveNodes
    .slice(1)
    .map((b, i) => cone(grooveNodes[i]!.centre, b.centre, grooveNodes[i]!.r, b.r));

  // C7 stands out of the neck's skin, so the whole body places it (shape/body.ts).
  const spinous = VERTEBRAE.filter((vertebra) => vertebra !== 'C7').map((vertebra) => {
    const y = spinousLevel(vertebra);
    const radii = BACK.spinous.radii;
    // The tip stands out of the groove's floor toward the back (-z).
    const tipZ = back(0, y)[2] + floorDepth(y) - BACK.spinous.standOutOfFloor;
    return bone(
      isLumbar(vertebra) ? 'spine-lumbar' : 'spine-chest',
      ell([0, y, tipZ + radii[2]], radii),
    );
  });

  const cleftMiddleY = LEVEL.coccyx + PELVIS.cleftAboveCoccyxTip - PELVIS.cleftRadii[1];
  const cleftAt = back(0, cleftMiddleY);
  const cleft = ell(
    [0, cleftMiddleY, cleftAt[2] + PELVIS.cleftDepth - PELVIS.cleftRadii[2]],
    PELVIS.cleftRadii,
  );
  return cut(
    TRUNK_BLEND.cleft,
    smooth(
      BACK.spinous.blend,
      cut(
        TRUNK_BLEND.navelGroove,
        withBlades,
        sphere([0, LEVEL.navel, NAVEL_Z + NAVEL_SHAPE.proud], NAVEL_SHAPE.radius),
        ...groove,
      ),
      ...spinous,
    ),
    cleft,
  );
}
