/** Torso: ribcage, chest and shoulder girdle, abdomen, pelvis, buttocks, back with spine groove. */
import { BREADTH, LEVEL } from '../proportions';
import { capsule, cone, ell, ellAlong, sphere } from '../sdf/prims';
import { cut, smooth, type SdfNode } from '../sdf/tree';

/** Skin depth of the front of the abdomen at the navel (z), used by the navel cut and landmark. */
export const NAVEL_Z = 0.1;

export function trunk(): SdfNode {
  const mass = smooth(
    0.06,
    ell([0, LEVEL.nipple + 0.02, -0.005], [BREADTH.chestHalf - 0.005, 0.17, 0.098]), // ribcage
    ell([0, LEVEL.navel + 0.04, 0.0], [BREADTH.waistHalf, 0.13, 0.088]), // abdomen
    ell([0, LEVEL.hip + 0.02, -0.005], [BREADTH.hipHalf - 0.012, 0.105, 0.098]), // pelvis
    ell([0, LEVEL.pubicCrest + 0.06, 0.03], [0.118, 0.08, 0.07]), // lower belly
  );
  const muscles = smooth(
    0.03,
    ellAlong([0.068, LEVEL.nipple + 0.04, 0.052], [1, 0.25, 0.1], [0, 1, 0], [0.068, 0.05, 0.045]), // pectoral
    ell([0.045, LEVEL.navel + 0.06, 0.045], [0.045, 0.12, 0.05]), // rectus abdominis
    ellAlong([0.088, LEVEL.t4t5 - 0.02, -0.073], [0.3, 1, 0.1], [0, 0, -1], [0.085, 0.05, 0.028]), // scapula
    ellAlong([0.1, LEVEL.nipple - 0.04, -0.04], [0.2, 1, -0.2], [1, 0, 0], [0.11, 0.04, 0.04]), // latissimus
    capsule([0.03, LEVEL.waist + 0.05, -0.075], [0.03, LEVEL.iliacCrest - 0.06, -0.078], 0.028), // erector spinae
    cone([0.035, LEVEL.c7 + 0.03, -0.05], [BREADTH.shoulderJoint - 0.02, LEVEL.shoulder + 0.02, -0.03], 0.03, 0.02), // trapezius
    ellAlong([0.11, LEVEL.hip + 0.06, 0.02], [0.3, 1, 0], [1, 0, 0], [0.08, 0.045, 0.07]), // flank above the hip
  );
  const buttock = ellAlong([0.068, LEVEL.gluteal + 0.035, -0.07], [0.15, 1, 0.2], [0, 0, -1], [0.1, 0.08, 0.072]);
  const clavicle = cone([0.018, LEVEL.sternalNotch + 0.002, 0.048], [BREADTH.shoulderJoint - 0.012, LEVEL.shoulder + 0.025, 0.005], 0.008, 0.009);
  const shoulderCap = ell([BREADTH.shoulderJoint + 0.012, LEVEL.shoulder - 0.015, -0.01], [0.05, 0.06, 0.052]); // deltoid
  const body = smooth(0.012, smooth(0.03, mass, muscles, buttock), clavicle, shoulderCap);
  return cut(
    0.01,
    body,
    sphere([0, LEVEL.navel, NAVEL_Z + 0.006], 0.0085),
    capsule([0, LEVEL.c7 - 0.03, -0.11], [0, LEVEL.waist, -0.1], 0.007), // spine groove between the back muscles
    ell([0, LEVEL.sternalNotch, 0.07], [0.014, 0.012, 0.02]), // suprasternal notch
  );
}
