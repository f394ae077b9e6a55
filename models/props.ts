/**
 * The furniture a pose is drawn with (chair, table, couch, bolster, mat), generated from named
 * dimensions in the same calm style as the body: rounded boxes and cylinders.
 *
 * A prop is placed by the point on the floor under its centre and a turn about the vertical.
 * `propParts` gives its parts as plain boxes and cylinders in the body's frame (what the tests
 * check contact and intersection against); `propGeometry` builds the three.js geometry the app
 * draws. Pure: no WebGL, works in Node and the browser.
 */
import { BufferGeometry, CylinderGeometry, Matrix4, Quaternion, Vector3 } from 'three';
import { RoundedBoxGeometry } from 'three/examples/jsm/geometries/RoundedBoxGeometry.js';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

type V3 = [number, number, number];

/** Metres. */
export const CHAIR = {
  seatHeight: 0.42,
  seatWidth: 0.44,
  seatDepth: 0.42,
  seatThickness: 0.04,
  legRadius: 0.017,
  /** Backrest: its top above the seat, thickness, and how far it leans back from the seat's rear. */
  backTop: 0.44,
  backHeight: 0.2,
  backThickness: 0.025,
  cornerRadius: 0.012,
} as const;

/** A classroom table. */
export const TABLE = {
  height: 0.725,
  width: 1.1,
  depth: 0.62,
  topThickness: 0.03,
  legRadius: 0.022,
  legInset: 0.06,
  cornerRadius: 0.01,
} as const;

/**
 * A treatment couch: a padded top on a frame. At the head end the pad parts into two rails
 * around a face slot, so a person lying face down breathes freely.
 */
export const COUCH = {
  height: 0.66,
  length: 2.0,
  width: 0.66,
  padThickness: 0.07,
  legRadius: 0.025,
  legInset: 0.07,
  /** The face slot at the head end: its width across the couch and length along it. */
  faceSlotWidth: 0.12,
  faceSlotLength: 0.2,
  cornerRadius: 0.02,
} as const;

/** A roller (bolster) laid across the couch. */
export const BOLSTER = { radius: 0.075, length: 0.56 } as const;

/** An exercise mat on the floor. */
export const MAT = { length: 1.7, width: 0.66, thickness: 0.015, cornerRadius: 0.007 } as const;

export type PropKind = 'chair' | 'table' | 'couch' | 'bolster' | 'mat';

export interface PropPlacement {
  kind: PropKind;
  /** The point on the floor under the prop's centre (bolster: the centre of its axis). */
  position: V3;
  /** Turn about the vertical, degrees: 0 has the prop's front (or head end) toward +Z. */
  turnDeg: number;
  /** Why it is there, or that its place is our reading. */
  note?: string;
}

export type PropPart =
  | {
      name: string;
      shape: 'box';
      centre: V3;
      /** Half-sizes along the prop's own axes (x across, y up, z front-to-back). */
      half: V3;
      turnDeg: number;
      cornerRadius: number;
    }
  | {
      name: string;
      shape: 'cylinder';
      centre: V3;
      /** The cylinder's axis, a unit vector in the body's frame. */
      axis: V3;
      radius: number;
      halfLength: number;
    };

const rad = (d: number): number => (d * Math.PI) / 180;

/** A point given in the prop's own frame, placed in the body's frame. */
function place(p: PropPlacement, local: V3): V3 {
  const c = Math.cos(rad(p.turnDeg)),
    s = Math.sin(rad(p.turnDeg));
  return [
    p.position[0] + c * local[0] + s * local[2],
    p.position[1] + local[1],
    p.position[2] - s * local[0] + c * local[2],
  ];
}

function turnAxis(p: PropPlacement, a: V3): V3 {
  const c = Math.cos(rad(p.turnDeg)),
    s = Math.sin(rad(p.turnDeg));
  return [c * a[0] + s * a[2], a[1], -s * a[0] + c * a[2]];
}

export function propParts(p: PropPlacement): PropPart[] {
  const box = (name: string, local: V3, half: V3, cornerRadius: number): PropPart => ({
    name,
    shape: 'box',
    centre: place(p, local),
    half,
    turnDeg: p.turnDeg,
    cornerRadius,
  });
  const post = (name: string, x: number, z: number, top: number, r: number): PropPart => ({
    name,
    shape: 'cylinder',
    centre: place(p, [x, top / 2, z]),
    axis: [0, 1, 0],
    radius: r,
    halfLength: top / 2,
  });
  const legs = (w: number, d: number, inset: number, top: number, r: number): PropPart[] =>
    [
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ].map(([sx, sz], i) =>
      post(`leg ${i + 1}`, sx! * (w / 2 - inset), sz! * (d / 2 - inset), top, r),
    );
  switch (p.kind) {
    case 'chair': {
      const c = CHAIR;
      const seatY = c.seatHeight - c.seatThickness / 2;
      const backZ = -c.seatDepth / 2 + c.backThickness / 2;
      return [
        box(
          'seat',
          [0, seatY, 0],
          [c.seatWidth / 2, c.seatThickness / 2, c.seatDepth / 2],
          c.cornerRadius,
        ),
        box(
          'backrest',
          [0, c.seatHeight + c.backTop - c.backHeight / 2, backZ],
          [c.seatWidth / 2, c.backHeight / 2, c.backThickness / 2],
          c.cornerRadius,
        ),
        ...legs(
          c.seatWidth,
          c.seatDepth,
          c.legRadius + 0.01,
          c.seatHeight - c.seatThickness,
          c.legRadius,
        ),
        post(
          'back post 1',
          -(c.seatWidth / 2 - c.legRadius - 0.01),
          backZ,
          c.seatHeight + c.backTop,
          c.legRadius * 0.8,
        ),
        post(
          'back post 2',
          c.seatWidth / 2 - c.legRadius - 0.01,
          backZ,
          c.seatHeight + c.backTop,
          c.legRadius * 0.8,
        ),
      ];
    }
    case 'table': {
      const t = TABLE;
      return [
        box(
          'top',
          [0, t.height - t.topThickness / 2, 0],
          [t.width / 2, t.topThickness / 2, t.depth / 2],
          t.cornerRadius,
        ),
        ...legs(t.width, t.depth, t.legInset, t.height - t.topThickness, t.legRadius),
      ];
    }
    case 'couch': {
      const c = COUCH;
      const padY = c.height - c.padThickness / 2;
      const bodyLength = c.length - c.faceSlotLength;
      const railWidth = (c.width - c.faceSlotWidth) / 2;
      // The couch's head end is toward +Z in its own frame.
      return [
        box(
          'pad',
          [0, padY, -c.faceSlotLength / 2],
          [c.width / 2, c.padThickness / 2, bodyLength / 2],
          c.cornerRadius,
        ),
        ...[-1, 1].map((sx, i) =>
          box(
            `head rail ${i + 1}`,
            [sx * (c.faceSlotWidth / 2 + railWidth / 2), padY, c.length / 2 - c.faceSlotLength / 2],
            [railWidth / 2, c.padThickness / 2, c.faceSlotLength / 2],
            c.cornerRadius,
          ),
        ),
        ...legs(c.width, c.length, c.legInset, c.height - c.padThickness, c.legRadius),
      ];
    }
    case 'bolster':
      return [
        {
          name: 'roller',
          shape: 'cylinder',
          centre: place(p, [0, 0, 0]),
          axis: turnAxis(p, [1, 0, 0]),
          radius: BOLSTER.radius,
          halfLength: BOLSTER.length / 2,
        },
      ];
    case 'mat':
      return [
        box(
          'mat',
          [0, MAT.thickness / 2, 0],
          [MAT.width / 2, MAT.thickness / 2, MAT.length / 2],
          MAT.cornerRadius,
        ),
      ];
  }
}

/**
 * Signed distance from a point to a part (negative inside). Boxes are measured as plain boxes
 * (their rounded corners are a few millimetres and only make the test stricter).
 */
export function partDistance(part: PropPart, q: readonly number[]): number {
  const d = [q[0]! - part.centre[0], q[1]! - part.centre[1], q[2]! - part.centre[2]];
  if (part.shape === 'box') {
    const c = Math.cos(rad(part.turnDeg)),
      s = Math.sin(rad(part.turnDeg));
    const local = [c * d[0]! - s * d[2]!, d[1]!, s * d[0]! + c * d[2]!];
    const o = local.map((v, i) => Math.abs(v) - part.half[i]!);
    const outside = Math.hypot(Math.max(o[0]!, 0), Math.max(o[1]!, 0), Math.max(o[2]!, 0));
    return outside + Math.min(Math.max(o[0]!, o[1]!, o[2]!), 0);
  }
  const a = part.axis;
  const t = d[0]! * a[0] + d[1]! * a[1] + d[2]! * a[2];
  const radial = Math.hypot(d[0]! - t * a[0], d[1]! - t * a[1], d[2]! - t * a[2]) - part.radius;
  const along = Math.abs(t) - part.halfLength;
  return Math.hypot(Math.max(radial, 0), Math.max(along, 0)) + Math.min(Math.max(radial, along), 0);
}

/** Three.js geometry of one part, in the body's frame. */
export function partGeometry(part: PropPart): BufferGeometry {
  if (part.shape === 'box') {
    const [hx, hy, hz] = part.half;
    const r = Math.min(part.cornerRadius, hx, hy, hz);
    const g = new RoundedBoxGeometry(hx * 2, hy * 2, hz * 2, 3, r);
    g.applyMatrix4(new Matrix4().makeRotationY(rad(part.turnDeg)));
    g.translate(...part.centre);
    return g;
  }
  const g = new CylinderGeometry(part.radius, part.radius, part.halfLength * 2, 32, 1);
  const q = new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), new Vector3(...part.axis));
  g.applyQuaternion(q);
  g.translate(...part.centre);
  return g;
}

/** One merged geometry for a placed prop (positions and normals only). */
export function propGeometry(p: PropPlacement): BufferGeometry {
  const parts = propParts(p).map((part) => {
    const g = partGeometry(part).toNonIndexed();
    g.deleteAttribute('uv');
    return g;
  });
  const merged = mergeGeometries(parts, false);
  if (!merged) throw new Error(`cannot merge the parts of the ${p.kind}`);
  return merged;
}

/** Colours the app may use for the props (calm, lighter than the skin, sRGB hex). */
export const PROP_COLOURS: Record<PropKind, string> = {
  chair: '#b8b2aa',
  table: '#c7c1b8',
  couch: '#aeb6bd',
  bolster: '#9fa8b0',
  mat: '#b9c0b4',
};
