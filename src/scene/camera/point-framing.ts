import { Vector3 } from 'three';
import type { Region } from '../../../points/schema';
import type { MarkerSide, PlacedMarker } from '../../data/placement';
import { markerKey, type PosedSkin } from '../body/posed-skin';
import { frameView, type Framing, type FramingSubject } from '../framing/frame-view';
import type { ViewArea } from '../framing/open-area';
import { markerFacing } from './camera-framing';

/** What framing needs of the settled body: its markers and their line of sight. */
export type FramedBody = Pick<PosedSkin, 'markers' | 'framing' | 'headward'>;

/** A framing of one marker, and which marker it is. */
export interface PointFraming extends Framing {
  marker: PlacedMarker;
}

export function framingSubject(body: FramedBody, marker: PlacedMarker): FramingSubject {
  const framing = body.framing.get(markerKey(marker));
  return {
    position: new Vector3(...marker.position),
    normal: new Vector3(...marker.normal),
    sight: framing?.sight ?? null,
    inFold: framing?.inFold ?? false,
    context: framing?.context ?? [],
  };
}

/** A spot a point's view must show besides the point; with a side, only that side's view. */
export interface AlsoSpot {
  position: Vector3;
  side?: MarkerSide;
}

/** A subject whose close-up must also take in these spots (the class's taps, at a reveal). */
function withAlsoInView(
  subject: FramingSubject,
  marker: PlacedMarker,
  spots: readonly AlsoSpot[],
): FramingSubject {
  const own = spots
    .filter((spot) => spot.side === undefined || spot.side === marker.side)
    .map((spot) => spot.position);
  return own.length === 0 ? subject : { ...subject, context: [...subject.context, ...own] };
}

/**
 * The camera for one point: the side named (a routine's step, the teacher's), or of a pair the
 * side that can be seen, facing the camera now where both can (the camera travels least).
 * `alsoInView`: spots the view must show besides the point (it widens to take them in).
 */
export function framePoint(
  body: FramedBody,
  point: number,
  side: MarkerSide | null,
  area: ViewArea,
  fovDegrees: number,
  cameraPosition: Vector3,
  alsoInView: readonly AlsoSpot[] = [],
): PointFraming | null {
  const own = body.markers.filter((m) => m.point === point);
  const named = own.filter((m) => side === null || m.side === side || m.side === 'midline');
  const candidates = named.length > 0 ? named : own;
  const framings = candidates.map((marker) => ({
    marker,
    ...frameView({
      subjects: [withAlsoInView(framingSubject(body, marker), marker, alsoInView)],
      headward: body.headward,
      area,
      fovDegrees,
    }),
  }));
  const seen = framings.filter((f) => f.seen.length > 0);
  const pool = seen.length > 0 ? seen : framings;
  const nearest = markerFacing(
    pool.map((f) => f.marker),
    cameraPosition,
  );
  return pool.find((f) => f.marker === nearest) ?? null;
}

/** The camera for several markers at once: as many in sight as one view allows. */
export function frameMarkers(
  body: FramedBody,
  markers: readonly PlacedMarker[],
  area: ViewArea,
  fovDegrees: number,
): Framing {
  return frameView({
    subjects: markers.map((marker) => framingSubject(body, marker)),
    headward: body.headward,
    area,
    fovDegrees,
  });
}

/** More points than this are not framed as a set: the whole body shows them better. */
export const SET_FRAMING_LIMIT = 8;

/** Which part of the body a region's points are framed with: a limb of one side, or the trunk. */
const PART_OF_REGION: Record<Region, 'leg' | 'arm' | 'head' | 'trunk'> = {
  foot: 'leg',
  leg: 'leg',
  arm: 'arm',
  'head-neck': 'head',
  back: 'trunk',
  'abdomen-pelvis': 'trunk',
};

/**
 * The camera for a few points at once (what a filter leaves): their markers are grouped by body
 * part (the left foot and ankle, the right forearm, the trunk), and the group of which one view
 * shows the most points is framed; the rest are a step away. Null where no group shows any.
 */
export function frameSet(
  body: FramedBody,
  points: readonly { number: number; region: Region }[],
  area: ViewArea,
  fovDegrees: number,
): Framing | null {
  const regionOf = new Map(points.map((p) => [p.number, p.region]));
  const groups = new Map<string, PlacedMarker[]>();
  for (const marker of body.markers) {
    const region = regionOf.get(marker.point);
    if (region === undefined) continue;
    const part = PART_OF_REGION[region];
    const key = part === 'trunk' || part === 'head' ? part : `${marker.side} ${part}`;
    groups.set(key, [...(groups.get(key) ?? []), marker]);
  }
  let best: { framing: Framing; shown: number } | null = null;
  for (const markers of groups.values()) {
    const framing = frameMarkers(body, markers, area, fovDegrees);
    const shown = new Set(framing.seen.map((i) => markers[i]!.point)).size;
    if (shown > 0 && (best === null || shown > best.shown)) best = { framing, shown };
  }
  return best?.framing ?? null;
}
