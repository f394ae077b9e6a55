import { Vector3 } from 'three';
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
    context: framing?.context ?? [],
  };
}

/**
 * The camera for one point: the side named (a routine's step, the teacher's), or of a pair the
 * side that can be seen, facing the camera now where both can (the camera travels least).
 */
export function framePoint(
  body: FramedBody,
  point: number,
  side: MarkerSide | null,
  area: ViewArea,
  fovDegrees: number,
  cameraPosition: Vector3,
): PointFraming | null {
  const own = body.markers.filter((m) => m.point === point);
  const named = own.filter((m) => side === null || m.side === side || m.side === 'midline');
  const candidates = named.length > 0 ? named : own;
  const framings = candidates.map((marker) => ({
    marker,
    ...frameView({
      subjects: [framingSubject(body, marker)],
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
