/** Head and neck: skull with an occiput, face, calm closed eyes, nose, lips, ears, throat. */
import { LEVEL, NECK, SKULL } from '../proportions';
import { capsule, cone, ell, ellAlong, sphere } from '../sdf/prims';
import { bone, cut, smooth, type SdfNode } from '../sdf/tree';
import type { V3 } from '../sdf/vec';

const E = LEVEL.eyes;

/** Face features referenced by the colour zones too. */
export const FACE = {
  eye: [0.0315, E - 0.001, 0.0668] as V3,
  eyeRadius: 0.0124,
  upperLip: {
    centre: [0, LEVEL.mouth + 0.0048, 0.0885] as V3,
    radii: [0.019, 0.0052, 0.0068] as V3,
  },
  lowerLip: {
    centre: [0, LEVEL.mouth - 0.0056, 0.0858] as V3,
    radii: [0.0165, 0.0058, 0.0072] as V3,
  },
  ear: [0.073, E - 0.018, -0.012] as V3,
};

export function headAndNeck(): SdfNode {
  const skull = smooth(
    0.035,
    ell([0, LEVEL.crown - 0.088, -0.02], [0.075, 0.088, 0.1]),
    ell([0, E - SKULL.occiputBelowEyes, SKULL.occiputCentreZ], SKULL.occiputRadii), // occiput
    ell([0, E - 0.03, 0.02], [0.062, 0.058, 0.064]), // mid face mass
    ell([0, LEVEL.brow + 0.03, 0.034], [0.058, 0.045, 0.05]), // forehead
    ell([0, LEVEL.mouth + 0.004, 0.062], [0.03, 0.026, 0.026]), // muzzle under the lips
    cone([0.048, LEVEL.mouth + 0.008, -0.014], [0.012, LEVEL.chin + 0.013, 0.062], 0.016, 0.012), // jaw line
    ell([0, LEVEL.chin + 0.012, 0.07], [0.017, 0.012, 0.012]), // chin
    ell([0.04, LEVEL.mouth + 0.014, 0.04], [0.022, 0.026, 0.03]), // cheek
    ell([0.046, E - 0.02, 0.05], [0.02, 0.014, 0.02]), // cheekbone
    ellAlong([0.028, LEVEL.brow + 0.002, 0.073], [1, 0, -0.35], [0, 1, 0], [0.027, 0.009, 0.011]), // brow
  );
  // Soft sockets first, then the eyes and lids sit in them.
  const sockets = cut(
    0.006,
    skull,
    ellAlong([FACE.eye[0], E, 0.082], [1, 0.08, -0.18], [0, 1, 0], [0.0175, 0.0105, 0.0095]), // almond-shaped eye recess
  );
  // Closed eyes: one lid shell just outside the eyeball; the seam is the lash line (colours.ts).
  const lidSurface = FACE.eyeRadius + SKULL.lidThickness;
  const seam = ellAlong(
    [
      FACE.eye[0],
      FACE.eye[1] - SKULL.lidSeamBelowEye,
      FACE.eye[2] + lidSurface + SKULL.lidSeamRadii[2] - SKULL.lidSeamDepth,
    ],
    [1, 0, -0.2],
    [0, 0, 1],
    [SKULL.lidSeamRadii[0], SKULL.lidSeamRadii[2], SKULL.lidSeamRadii[1]],
  );
  const eyes = cut(0.0015, sphere(FACE.eye, lidSurface), seam);
  const nose = smooth(
    0.006,
    cone([0, LEVEL.brow - 0.006, 0.082], [0, LEVEL.noseBase + 0.013, 0.104], 0.0068, 0.0085),
    sphere([0, LEVEL.noseBase + 0.008, 0.103], 0.0096),
    ell([0.0098, LEVEL.noseBase + 0.0045, 0.093], [0.0064, 0.0058, 0.0072]),
    ell([0, LEVEL.noseBase - 0.006, 0.0905], [0.0085, 0.0095, 0.0065]), // philtrum under the columella
    ell([0, LEVEL.noseBase + 0.008, 0.083], [0.016, 0.013, 0.012]), // nasal base on the maxilla
  );
  const nostrils = ell([0.0062, LEVEL.noseBase - 0.0012, 0.099], [0.0028, 0.0018, 0.0036]);
  const lips = smooth(
    0.004,
    ell(FACE.upperLip.centre, FACE.upperLip.radii),
    ell(FACE.lowerLip.centre, FACE.lowerLip.radii),
  );
  const mouthLine = capsule([-0.017, LEVEL.mouth, 0.0905], [0.017, LEVEL.mouth, 0.0905], 0.0012);
  const earShell = ellAlong(FACE.ear, [0, 1, 0.12], [0.9, 0, 0.35], [0.031, 0.0125, 0.019]);
  const ear = cut(
    0.003,
    smooth(0.008, earShell, ell([0.066, E - 0.02, -0.012], [0.008, 0.016, 0.012])),
    sphere([0.086, E - 0.02, -0.006], 0.0105), // concha bowl
    ellAlong([0.084, E - 0.002, -0.012], [0, 1, 0.2], [1, 0, 0], [0.012, 0.004, 0.009]), // upper fossa
  );
  const face = smooth(
    0.004,
    cut(0.003, smooth(0.0035, smooth(0.007, sockets, nose), lips), nostrils, mouthLine),
    eyes,
  );
  const neckBase: V3 = [0, LEVEL.sternalNotch - 0.02, -0.012];
  const neckTop: V3 = [0, LEVEL.chin + 0.03, -0.022];
  const neck = smooth(
    0.02,
    cone(neckBase, neckTop, 0.058, 0.05),
    capsule([0.05, E - 0.05, -0.035], [0.018, LEVEL.sternalNotch + 0.004, 0.045], 0.011), // sternocleidomastoid
    capsule(
      [SKULL.nuchalOffset, E - 0.05, -0.062],
      [SKULL.nuchalOffset + 0.008, LEVEL.c7, -0.07],
      SKULL.nuchalRadius,
    ), // neck extensors beside the nuchal furrow
  );
  // The thyroid cartilage stands out of the front of the neck by NECK.thyroidProud.
  const t = (LEVEL.thyroid - neckBase[1]) / (neckTop[1] - neckBase[1]);
  const neckFront = neckBase[2] + t * (neckTop[2] - neckBase[2]) + 0.058 + t * (0.05 - 0.058);
  const thyroid = ell(
    [0, LEVEL.thyroid, neckFront + NECK.thyroidProud - NECK.thyroidRadii[2]],
    NECK.thyroidRadii,
  );
  return smooth(
    0.012,
    smooth(0.018, bone('head', face), bone('neck', smooth(0.006, neck, thyroid))),
    bone('head', ear),
  );
}
