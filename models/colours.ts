/**
 * Vertex colour zones: a muted warm clay skin, a slightly darker scalp-hair zone that marks the
 * hairline, lighter pinkish nails inside a darker fold, slightly warmer lips, the closed eyes' lash line and faint wrist creases.
 * Colours are linear RGB.
 */
import { LEVEL, SKULL } from './proportions';
import type { Skeleton } from './skeleton';
import { FACE } from './shape/head';
import { handNails, type NailPlate } from './shape/arm';
import { toeNails } from './shape/leg';
import { cross, norm, type V3 } from './sdf/vec';

const srgbToLinear = (c: number): number => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const rgb = (r: number, g: number, b: number): V3 => [
  srgbToLinear(r),
  srgbToLinear(g),
  srgbToLinear(b),
];

export const PALETTE = {
  skin: rgb(226, 211, 196),
  hair: rgb(172, 150, 132),
  nail: rgb(243, 221, 213),
  lip: rgb(208, 176, 164),
  lash: rgb(168, 146, 132),
  crease: rgb(208, 192, 177),
  nailFold: rgb(190, 165, 151),
} as const;

/**
 * The hairline: a plane tilted from the front hairline down to the nape, lifted over the temples
 * so the face and ears stay clear.
 */
export const HAIRLINE = {
  front: [0, LEVEL.hairlineFront, 0.08] as V3,
  napeY: LEVEL.chin + 0.012,
  napeZ: -0.09,
  templeLift: 0.035,
  /**
   * Half-width of the hairline's soft edge: narrow enough to read as a line at the nape, where
   * points 1 and 6 count from it. The simplifier keeps triangles small along a colour edge
   * (BUILD.colourWeight), so none shows in it in the review pictures (headBack).
   */
  soft: 0.006,
};

/** Signed height above the hairline (metres, positive inside the hair zone). */
export function hairAbove(p: ArrayLike<number>): number {
  const x = Math.abs(p[0]!),
    y = p[1]!,
    z = p[2]!;
  const slope = (HAIRLINE.front[1] - HAIRLINE.napeY) / (HAIRLINE.front[2] - HAIRLINE.napeZ);
  let line = HAIRLINE.napeY + (z - HAIRLINE.napeZ) * slope;
  // Lift around the temples and over the ears; keep the nape low.
  const side = Math.min(1, (x / 0.07) ** 2);
  const front = Math.max(0, Math.min(1, (z + 0.03) / 0.06));
  line +=
    HAIRLINE.templeLift * side * front +
    0.045 * side * (1 - front) * Math.max(0, Math.min(1, (z + 0.075) / 0.04));
  return y - line;
}

const smoothstep = (e0: number, e1: number, x: number): number => {
  const t = Math.max(0, Math.min(1, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};

/**
 * Where p lies on a nail plate: below 1 inside. The outline is a rounded rectangle (a
 * superellipse of power 3 across the plate), so the nail's corners show.
 */
function nailValue(p: ArrayLike<number>, n: NailPlate): number {
  const u = norm(n.along);
  const w = norm(cross(u, n.up));
  const v = cross(w, u);
  const d = [p[0]! - n.centre[0], p[1]! - n.centre[1], p[2]! - n.centre[2]];
  const a = (d[0]! * u[0] + d[1]! * u[1] + d[2]! * u[2]) / n.radii[0];
  const b = (d[0]! * v[0] + d[1]! * v[1] + d[2]! * v[2]) / (n.radii[1] * 4);
  const c = (d[0]! * w[0] + d[1]! * w[1] + d[2]! * w[2]) / n.radii[2];
  return Math.hypot(Math.cbrt(Math.abs(a) ** 3 + Math.abs(c) ** 3), b);
}

function lipValue(q: readonly number[], lip: { centre: V3; radii: V3 }): number {
  return Math.hypot(
    (q[0]! - lip.centre[0]) / lip.radii[0],
    (q[1]! - lip.centre[1]) / lip.radii[1],
    (q[2]! - lip.centre[2]) / (lip.radii[2] * 1.6),
  );
}

export function makeColourer(s: Skeleton): (p: ArrayLike<number>) => V3 {
  const nails = [...handNails(s), ...toeNails(s)];
  const wrist = s.hand;
  return (p) => {
    const q: V3 = [Math.abs(p[0]!), p[1]!, p[2]!];
    let c: V3 = [...PALETTE.skin];
    const mix = (to: V3, t: number): void => {
      if (t <= 0) return;
      c = [c[0] + (to[0] - c[0]) * t, c[1] + (to[1] - c[1]) * t, c[2] + (to[2] - c[2]) * t];
    };
    if (q[1] > LEVEL.chin - 0.02) {
      const earDist = Math.hypot(
        (q[0] - FACE.ear[0]) / 0.02,
        (q[1] - FACE.ear[1]) / 0.036,
        (q[2] - FACE.ear[2]) / 0.026,
      );
      const hair =
        smoothstep(-HAIRLINE.soft, HAIRLINE.soft, hairAbove(q)) * smoothstep(0.9, 1.15, earDist);
      mix(PALETTE.hair, hair);
      const lip = Math.min(lipValue(q, FACE.upperLip), lipValue(q, FACE.lowerLip));
      mix(PALETTE.lip, 1 - smoothstep(0.95, 1.12, lip));
      // The closed eyes' lash line: a soft darker line along the lid seam, fading at the corners.
      const e = FACE.eye;
      const across = Math.abs(q[0] - e[0]) / FACE.eyeRadius;
      if (q[2] > e[2] + 0.004 && across < 1)
        mix(
          PALETTE.lash,
          0.6 *
            (1 - smoothstep(0.0008, 0.0028, Math.abs(q[1] - (e[1] - SKULL.lidSeamBelowEye)))) *
            (1 - smoothstep(0.55, 0.95, across)),
        );
    }
    for (const n of nails) {
      if (Math.abs(q[1] - n.centre[1]) > 0.02) continue;
      const v = nailValue(q, n);
      // A thin, slightly darker nail fold around the plate, then the lighter plate itself.
      mix(PALETTE.nailFold, smoothstep(0.9, 1.02, v) * (1 - smoothstep(1.1, 1.3, v)));
      mix(PALETTE.nail, 1 - smoothstep(0.9, 1.04, v));
    }
    const dw = [q[0] - wrist.origin[0], q[1] - wrist.origin[1], q[2] - wrist.origin[2]];
    const along = dw[0]! * wrist.along[0] + dw[1]! * wrist.along[1] + dw[2]! * wrist.along[2];
    if (Math.abs(along - 0.004) < 0.004 && Math.hypot(dw[0]!, dw[1]!, dw[2]!) < 0.04)
      mix(PALETTE.crease, 1 - smoothstep(0.0012, 0.003, Math.abs(along - 0.004)));
    return c;
  };
}
