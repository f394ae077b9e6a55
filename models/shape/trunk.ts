/** Torso: ribcage, chest and shoulder girdle, abdomen, pelvis, buttocks, back with spine groove. */
import { BREADTH, LEVEL } from '../proportions';
import { capsule, cone, ell, ellAlong, sphere } from '../sdf/prims';
import { cut, smooth, type SdfNode } from '../sdf/tree';

/** Skin depth of the front of the abdomen at the navel (z), used by the navel cut and landmark. */
export const NAVEL_Z = 0.088;

export function trunk(): SdfNode {
  const mass = smooth(
    0.06,
    ell([0, LEVEL.nipple + 0.02, -0.012], [BREADTH.chestHalf - 0.007, 0.17, 0.105]), // ribcage
    ell([0, LEVEL.navel + 0.04, 0.0], [BREADTH.waistHalf, 0.13, 0.088]), // abdomen
    ell([0, LEVEL.hip + 0.02, -0.01], [BREADTH.hipHalf - 0.035, 0.1, 0.094]), // pelvis
    ell([0, LEVEL.pubicCrest + 0.06, 0.025], [0.11, 0.075, 0.066]), // lower belly
    ellAlong([0.064, LEVEL.nipple + 0.045, 0.05], [1, 0.2, 0.1], [0, 1, 0], [0.085, 0.062, 0.034]), // pectoral
    ellAlong([0.085, LEVEL.shoulder - 0.03, -0.018], [1, -0.25, 0], [0, 1, 0], [0.1, 0.045, 0.07]), // shoulder girdle
  );
  const muscles = smooth(
    0.03,
    ell([0.045, LEVEL.navel + 0.06, 0.045], [0.045, 0.12, 0.05]), // rectus abdominis
    ellAlong([0.088, LEVEL.t4t5 - 0.02, -0.073], [0.3, 1, 0.1], [0, 0, -1], [0.085, 0.05, 0.028]), // scapula
    ellAlong([0.1, LEVEL.nipple - 0.04, -0.04], [0.2, 1, -0.2], [1, 0, 0], [0.11, 0.04, 0.04]), // latissimus
    capsule([0.03, LEVEL.waist + 0.05, -0.075], [0.03, LEVEL.iliacCrest - 0.06, -0.078], 0.028), // erector spinae
    cone(
      [0.03, LEVEL.c7 + 0.015, -0.04],
      [BREADTH.shoulderJoint - 0.035, LEVEL.shoulder + 0.004, -0.025],
      0.034,
      0.024,
    ), // trapezius
  );
  // Radii: along the (slightly tilted) vertical, then depth, then breadth.
  const buttock = ellAlong(
    [0.06, LEVEL.gluteal + 0.045, -0.062],
    [0.12, 1, 0.25],
    [0, 0, -1],
    [0.09, 0.05, 0.08],
  );
  const clavicle = cone(
    [0.02, LEVEL.sternalNotch + 0.0, 0.045],
    [BREADTH.shoulderJoint - 0.03, LEVEL.shoulder + 0.012, 0.012],
    0.0065,
    0.007,
  );
  const shoulderCap = ell(
    [BREADTH.shoulderJoint + 0.01, LEVEL.shoulder - 0.02, -0.01],
    [0.047, 0.06, 0.05],
  ); // deltoid
  const body = smooth(0.03, smooth(0.035, mass, muscles, buttock), clavicle, shoulderCap);
  return cut(
    0.01,
    body,
    sphere([0, LEVEL.navel, NAVEL_Z + 0.0035], 0.0075),
    capsule([0, LEVEL.c7 - 0.03, -0.11], [0, LEVEL.waist, -0.1], 0.007), // spine groove between the back muscles
    ell([0, LEVEL.sternalNotch, 0.07], [0.014, 0.012, 0.02]), // suprasternal notch
  );
}
