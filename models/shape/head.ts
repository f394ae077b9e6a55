/** Head and neck: skull with an occiput, face, calm closed eyes, nose, lips, ears, throat. */
import { LEVEL, NECK, SKULL } from '../proportions';
import { capsule, cone, ell, ellAlong, sphere } from '../sdf/prims';
import { bone, cut, smooth, type SdfNode } from '../sdf/tree';
import type { V3 } from '../sdf/vec';
import {
  EAR_SHAPE,
  EYE_SHAPE,
  HEAD_BLEND,
  MOUTH_LINE,
  NECK_SHAPE,
  NOSE_SHAPE,
  SKULL_SHAPE,
} from '../head-shape';

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

/** A shape's (x, height above `level`, z) offset placed at that level. */
const at = (level: number, offset: Readonly<V3>): V3 => [offset[0], level + offset[1], offset[2]];

export function headAndNeck(): SdfNode {
  const k = SKULL_SHAPE;
  const skull = smooth(
    HEAD_BLEND.skull,
    ell([0, LEVEL.crown - k.cranium.radii[1], k.cranium.z], k.cranium.radii),
    ell([0, E - SKULL.occiputBelowEyes, SKULL.occiputCentreZ], SKULL.occiputRadii), // occiput
    ell(at(E, k.midFace.at), k.midFace.radii),
    ell(at(LEVEL.brow, k.forehead.at), k.forehead.radii),
    ell(at(LEVEL.mouth, k.muzzle.at), k.muzzle.radii),
    cone(at(LEVEL.mouth, k.jaw.back), at(LEVEL.chin, k.jaw.front), ...k.jaw.radii),
    ell(at(LEVEL.chin, k.chin.at), k.chin.radii),
    ell(at(LEVEL.mouth, k.cheek.at), k.cheek.radii),
    ell(at(E, k.cheekbone.at), k.cheekbone.radii),
    ellAlong(at(LEVEL.brow, k.brow.at), k.brow.axis, [0, 1, 0], k.brow.radii),
  );
  // Soft sockets first, then the eyes and lids sit in them.
  const socket = EYE_SHAPE.socket;
  const sockets = cut(
    HEAD_BLEND.socket,
    skull,
    ellAlong([FACE.eye[0], E, socket.z], socket.axis, [0, 1, 0], socket.radii),
  );
  // Closed eyes: one lid shell just outside the eyeball; the seam is the lash line (colours.ts).
  const lidSurface = FACE.eyeRadius + SKULL.lidThickness;
  const seam = ellAlong(
    [
      FACE.eye[0],
      FACE.eye[1] - SKULL.lidSeamBelowEye,
      FACE.eye[2] + lidSurface + SKULL.lidSeamRadii[2] - SKULL.lidSeamDepth,
    ],
    EYE_SHAPE.seamAxis,
    [0, 0, 1],
    [SKULL.lidSeamRadii[0], SKULL.lidSeamRadii[2], SKULL.lidSeamRadii[1]],
  );
  const eyes = cut(HEAD_BLEND.lidSeam, sphere(FACE.eye, lidSurface), seam);
  const n = NOSE_SHAPE;
  const nose = smooth(
    HEAD_BLEND.nose,
    cone(at(LEVEL.brow, n.bridge.top), at(LEVEL.noseBase, n.bridge.bottom), ...n.bridge.radii),
    sphere(at(LEVEL.noseBase, n.tip.at), n.tip.radius),
    ell(at(LEVEL.noseBase, n.wing.at), n.wing.radii),
    ell(at(LEVEL.noseBase, n.philtrum.at), n.philtrum.radii),
    ell(at(LEVEL.noseBase, n.base.at), n.base.radii),
  );
  const nostrils = ell(at(LEVEL.noseBase, n.nostril.at), n.nostril.radii);
  const lips = smooth(
    HEAD_BLEND.lips,
    ell(FACE.upperLip.centre, FACE.upperLip.radii),
    ell(FACE.lowerLip.centre, FACE.lowerLip.radii),
  );
  const mouthLine = capsule(
    [-MOUTH_LINE.halfWidth, LEVEL.mouth, MOUTH_LINE.z],
    [MOUTH_LINE.halfWidth, LEVEL.mouth, MOUTH_LINE.z],
    MOUTH_LINE.radius,
  );
  const e = EAR_SHAPE;
  const earShell = ellAlong(FACE.ear, e.shellAxis, e.shellFacing, e.shellRadii);
  const ear = cut(
    HEAD_BLEND.earCuts,
    smooth(HEAD_BLEND.earRoot, earShell, ell(at(E, e.root.at), e.root.radii)),
    sphere(at(E, e.concha.at), e.concha.radius),
    ellAlong(at(E, e.fossa.at), e.fossa.axis, [1, 0, 0], e.fossa.radii),
  );
  const face = smooth(
    HEAD_BLEND.eyesToFace,
    cut(
      HEAD_BLEND.nostrilsAndMouth,
      smooth(HEAD_BLEND.lipsToFace, smooth(HEAD_BLEND.noseToFace, sockets, nose), lips),
      nostrils,
      mouthLine,
    ),
    eyes,
  );
  const { base, top, sternocleidomastoid: scm, extensors } = NECK_SHAPE;
  const neckBase: V3 = [0, LEVEL.sternalNotch - base.below, base.z];
  const neckTop: V3 = [0, LEVEL.chin + top.aboveChin, top.z];
  const neck = smooth(
    HEAD_BLEND.neck,
    cone(neckBase, neckTop, base.radius, top.radius),
    capsule(at(E, scm.top), at(LEVEL.sternalNotch, scm.bottom), scm.radius),
    capsule(
      [SKULL.nuchalOffset, E - extensors.topBelowEyes, extensors.topZ],
      [SKULL.nuchalOffset + extensors.spreadAtC7, LEVEL.c7, extensors.bottomZ],
      SKULL.nuchalRadius,
    ), // neck extensors beside the nuchal furrow
  );
  // The thyroid cartilage stands out of the front of the neck by NECK.thyroidProud.
  const t = (LEVEL.thyroid - neckBase[1]) / (neckTop[1] - neckBase[1]);
  const neckFront =
    neckBase[2] + t * (neckTop[2] - neckBase[2]) + base.radius + t * (top.radius - base.radius);
  const thyroid = ell(
    [0, LEVEL.thyroid, neckFront + NECK.thyroidProud - NECK.thyroidRadii[2]],
    NECK.thyroidRadii,
  );
  return smooth(
    HEAD_BLEND.ears,
    smooth(
      HEAD_BLEND.faceToNeck,
      bone('head', face),
      bone('neck', smooth(HEAD_BLEND.thyroid, neck, thyroid)),
    ),
    bone('head', ear),
  );
}
