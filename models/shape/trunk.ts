/** Torso: ribcage, chest and shoulder girdle, abdomen, pelvis, buttocks, back with spine groove. */
import { castToSurface, gradient } from '../mesh/queries';
import { BACK, BREADTH, LEVEL, PELVIS } from '../proportions';
import { cone, ell, ellAlong, sphere } from '../sdf/prims';
import { VERTEBRAE, isLumbar, spinousLevel } from '../spine';
import { bone, compileField, cut, makePointField, smooth, type SdfNode } from '../sdf/tree';
import type { V3 } from '../sdf/vec';

/** Skin depth of the front of the abdomen at the navel (z), used by the navel cut and landmark. */
export const NAVEL_Z = 0.088;

/** Heights of the spine groove's nodes, C7 to the sacrum; below `lumbarFrom` it is lumbar. */
const GROOVE_NODES = [1.43, 1.39, 1.35, 1.3, 1.25, 1.2, 1.15, 1.1, 1.05, 1.0, 0.96, 0.93];
const LUMBAR_FROM = LEVEL.waist + 0.06;
const SACRAL_FROM = LEVEL.iliacCrest - 0.05;

/** Heights between which the buttock's skin goes over from the pelvis to the thigh. */
const BUTTOCK_TO_THIGH = [LEVEL.hip + 0.03, LEVEL.gluteal - 0.01] as const;
const smoothstep = (e0: number, e1: number, x: number): number => {
  const t = Math.max(0, Math.min(1, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};

/** Radius of a circular groove cutter of half-breadth w that sinks d into a flat surface. */
const grooveRadius = (w: number, d: number): number => (w * w + d * d) / (2 * d);

export function trunk(): SdfNode {
  const mass = smooth(
    0.06,
    bone(
      'spine-chest',
      ell([0, LEVEL.nipple + 0.005, -0.012], [BREADTH.chestHalf - 0.007, 0.165, 0.105]),
    ), // ribcage
    bone('spine-lumbar', ell([0, LEVEL.navel + 0.04, 0.0], [BREADTH.waistHalf, 0.13, 0.088])), // abdomen
    bone('pelvis', ell([0, LEVEL.hip + 0.02, -0.01], [BREADTH.hipHalf - 0.035, 0.1, 0.094])), // pelvis
    bone(
      { pelvis: 0.6, 'spine-lumbar': 0.4 },
      ell([0, LEVEL.pubicCrest + 0.06, 0.025], [0.11, 0.075, 0.066]),
    ), // lower belly
    bone(
      { 'spine-chest': 0.75, shoulder: 0.25 },
      ellAlong(
        [0.064, LEVEL.nipple + 0.045, 0.05],
        [1, 0.2, 0.1],
        [0, 1, 0],
        [0.085, 0.062, 0.034],
      ),
    ), // pectoral
    bone(
      { shoulder: 0.6, 'spine-chest': 0.4 },
      ellAlong(
        [0.085, LEVEL.shoulder - 0.03, -0.018],
        [1, -0.25, 0],
        [0, 1, 0],
        [0.1, 0.045, 0.07],
      ),
    ), // shoulder girdle
  );
  const muscles = smooth(
    0.03,
    bone('spine-lumbar', ell([0.045, LEVEL.navel + 0.06, 0.045], [0.045, 0.12, 0.05])), // rectus abdominis
    bone(
      'spine-chest',
      ellAlong([0.06, LEVEL.t4t5 - 0.03, -0.068], [0.1, 1, 0.1], [0, 0, -1], [0.1, 0.048, 0.04]),
    ), // rib angles and thoracic erectors
    bone(
      'spine-chest',
      ellAlong([0.1, LEVEL.nipple - 0.04, -0.04], [0.2, 1, -0.2], [1, 0, 0], [0.11, 0.04, 0.04]),
    ), // latissimus
    bone(
      'spine-lumbar',
      cone(
        [0.03, LEVEL.waist + 0.05, -0.075],
        [0.026, LEVEL.iliacCrest - 0.07, -0.08],
        0.028,
        0.018,
      ),
    ), // erector spinae, thinning onto the sacrum
    bone(
      { shoulder: 0.55, 'spine-chest': 0.3, neck: 0.15 },
      cone(
        [0.03, LEVEL.c7 + 0.015, -0.04],
        [BREADTH.shoulderJoint - 0.035, LEVEL.shoulder + 0.004, -0.025],
        0.034,
        0.024,
      ),
    ), // trapezius
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
      [0.06, LEVEL.gluteal + 0.045, -0.062],
      [0.12, 1, 0.25],
      [0, 0, -1],
      [0.09, 0.05, 0.08],
    ),
  );
  const clavicle = bone(
    'shoulder',
    cone(
      [0.02, LEVEL.sternalNotch + 0.0, 0.045],
      [BREADTH.shoulderJoint - 0.03, LEVEL.shoulder + 0.012, 0.012],
      0.0065,
      0.007,
    ),
  );
  const shoulderCap = bone(
    { 'upper-arm': 0.6, shoulder: 0.4 },
    ell([BREADTH.shoulderJoint + 0.01, LEVEL.shoulder - 0.02, -0.01], [0.047, 0.06, 0.05]),
  ); // deltoid
  const body = smooth(0.03, smooth(0.035, mass, muscles, buttock), clavicle, shoulderCap);

  // The back's own surface, found on the field, carries the shoulder blades and the spine groove.
  const surface = makePointField(compileField(body));
  const back = (x: number, y: number): V3 => castToSurface(surface, [x, y, -0.02], [0, 0, -1]);

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
      0.012,
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
    0.006,
    smooth(
      BACK.spinous.blend,
      cut(0.01, withBlades, sphere([0, LEVEL.navel, NAVEL_Z + 0.0035], 0.0075), ...groove),
      ...spinous,
    ),
    cleft,
  );
}
