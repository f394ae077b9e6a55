import type { CunSpanId } from './cun-span-ids';
import type { LandmarkId } from './landmark-ids';

/** A vector in the body's frame: metres, +Y up (feet on y = 0), +Z anterior, +X the body's left. */
export type Vec3 = readonly [number, number, number];

export type LandmarkSide = 'midline' | 'left' | 'right';

export interface LandmarkEntry {
  id: LandmarkId;
  side: LandmarkSide;
  /** Point on the skin. */
  position: Vec3;
  /** Outward unit surface normal at that point. */
  normal: Vec3;
  /**
   * Unit vector along the limb toward its root (e.g. from wrist toward elbow), for landmarks on a
   * limb; offsets stated as "proximal"/"distal" follow it. Absent on the trunk and head, where
   * proximal/distal are not used.
   */
  proximal?: Vec3;
}

/** What the generator writes to models/landmarks.json next to public/models/body.glb. */
export interface LandmarkTable {
  /** Format version of this file. */
  version: 2;
  /** Standing height of the figure, metres. */
  heightM: number;
  /**
   * The figure's own finger-width, metres: the breadth of its four fingers (index to little)
   * at the middle finger's middle joint, divided by four.
   */
  fingerWidthM: number;
  /**
   * The standard's proportional spans measured on this figure (models/cun-span-ids.ts), each
   * the whole span in metres: one cun is the span over its count of cun.
   */
  cunSpansM: Record<CunSpanId, number>;
  landmarks: LandmarkEntry[];
}
