import { Triangle, Vector3, type BufferGeometry } from 'three';
import type { MeshBVH } from 'three-mesh-bvh';
import type { BoneTag } from '../../data/landmark-bones';
import type { PlacedMarker, PlacementGuide } from '../../data/placement';
import type { PlacedStandardPoint } from '../../data/standard-placement';
import type { SurfacePoint } from '../../data/surface-query';
import type { SkinReader } from './world-geometry';

/**
 * A spot on the skin held by the triangle under it: the triangle's three vertices and the
 * spot's barycentric weights on them, plus how far it floats off the skin along the normal.
 * Wherever the skin moves those vertices, the spot goes with them.
 */
export interface SkinAnchor {
  vertices: [number, number, number];
  weights: [number, number, number];
  liftM: number;
}

/** A landmark of the guide, held by the skin, with the name written beside its dot. */
export interface NamedSkinAnchor extends SkinAnchor {
  name: string;
  bones: BoneTag[];
}

export interface AnchoredGuide {
  landmarks: NamedSkinAnchor[];
  start: SkinAnchor;
  ticks: SkinAnchor[];
  path: SkinAnchor[];
}

/** A placed marker and its finding guide, held by the skin rather than by coordinates. */
export interface AnchoredMarker extends Pick<PlacedMarker, 'point' | 'side'> {
  anchor: SkinAnchor;
  guide: AnchoredGuide;
}

/**
 * Binds the markers placed on the rest pose to the rest skin they were placed on (`geometry` and
 * its `bvh`, in world space): each marker and each mark of its guide is anchored to its triangle.
 */
export function anchorMarkers(
  markers: readonly PlacedMarker[],
  geometry: BufferGeometry,
  bvh: MeshBVH,
): AnchoredMarker[] {
  const anchorAt = anchorer(geometry, bvh);
  return markers.map((marker) => ({
    point: marker.point,
    side: marker.side,
    anchor: anchorAt(marker),
    guide: {
      landmarks: marker.guide.landmarks.map((landmark) => ({
        ...anchorAt(landmark),
        name: landmark.name,
        bones: landmark.bones,
      })),
      start: anchorAt(marker.guide.start),
      ticks: marker.guide.ticks.map(anchorAt),
      path: marker.guide.path.map(anchorAt),
    },
  }));
}

/**
 * The markers where the skin carries them in the pose `posed` reads (the same mesh, world space).
 * Only the anchors' corners are read, so any pose costs a few thousand vertices, not the body.
 */
export function markersOnPosedSkin(
  anchored: readonly AnchoredMarker[],
  posed: SkinReader,
): PlacedMarker[] {
  const cornerOf = cornerReader(posed);
  const at = (anchor: SkinAnchor) => surfacePointOf(anchor, cornerOf);
  return anchored.map(({ point, side, anchor, guide }) => {
    const placed: PlacementGuide = {
      landmarks: guide.landmarks.map((landmark) => ({
        ...at(landmark),
        name: landmark.name,
        bones: landmark.bones,
      })),
      start: at(guide.start),
      ticks: guide.ticks.map(at),
      path: guide.path.map(at),
    };
    return { point, side, ...at(anchor), guide: placed };
  });
}

/**
 * The standard points placed on the rest pose, each held by the rest skin's triangle under it
 * with its distance from the article's reading and its cun.
 */
export function anchorStandardPoints(
  standard: readonly PlacedStandardPoint[],
  geometry: BufferGeometry,
  bvh: MeshBVH,
): AnchoredStandardPoint[] {
  const anchorAt = anchorer(geometry, bvh);
  return standard.map(({ point, side, code, distanceM, cunM, ...spot }) => ({
    point,
    side,
    code,
    distanceM,
    cunM,
    anchor: anchorAt(spot),
  }));
}

/** The standard points where the skin carries them in the pose `posed` reads. */
export function standardPointsOnPosedSkin(
  anchored: readonly AnchoredStandardPoint[],
  posed: SkinReader,
): PlacedStandardPoint[] {
  const cornerOf = cornerReader(posed);
  return anchored.map(({ anchor, ...rest }) => ({ ...rest, ...surfacePointOf(anchor, cornerOf) }));
}

/** A standard point held by the skin, with what is said about it beside the ring. */
export interface AnchoredStandardPoint extends Pick<
  PlacedStandardPoint,
  'point' | 'side' | 'code' | 'distanceM' | 'cunM'
> {
  anchor: SkinAnchor;
}

/** Reads each skin vertex an anchor stands on once, however many anchors share it. */
function cornerReader(posed: SkinReader) {
  const corners = new Map<number, { position: Vector3; normal: Vector3 }>();
  return (vertex: number) => {
    let corner = corners.get(vertex);
    if (corner === undefined) {
      corner = { position: new Vector3(), normal: new Vector3() };
      posed.read(vertex, corner.position, corner.normal);
      corners.set(vertex, corner);
    }
    return corner;
  };
}

function anchorer(geometry: BufferGeometry, bvh: MeshBVH) {
  const index = geometry.getIndex();
  const positions = geometry.getAttribute('position');
  if (index === null) throw new Error('the body mesh needs indices');
  const hit = { point: new Vector3(), distance: 0, faceIndex: 0 };
  const triangle = new Triangle();
  const weights = new Vector3();
  const corners = [new Vector3(), new Vector3(), new Vector3()] as const;
  const normal = new Vector3();

  return (spot: SurfacePoint): SkinAnchor => {
    const position = new Vector3(...spot.position);
    bvh.closestPointToPoint(position, hit);
    const face = hit.faceIndex;
    const vertices: SkinAnchor['vertices'] = [
      index.getX(face * 3),
      index.getX(face * 3 + 1),
      index.getX(face * 3 + 2),
    ];
    vertices.forEach((id, i) => corners[i]!.fromBufferAttribute(positions, id));
    triangle.set(...corners);
    triangle.getBarycoord(hit.point, weights);
    normal.set(...spot.normal);
    return {
      vertices,
      weights: weights.toArray() as SkinAnchor['weights'],
      liftM: position.sub(hit.point).dot(normal),
    };
  };
}

function surfacePointOf(
  anchor: SkinAnchor,
  cornerOf: (vertex: number) => { position: Vector3; normal: Vector3 },
): SurfacePoint {
  const position = new Vector3();
  const normal = new Vector3();
  anchor.vertices.forEach((vertex, i) => {
    const weight = anchor.weights[i]!;
    const corner = cornerOf(vertex);
    position.addScaledVector(corner.position, weight);
    normal.addScaledVector(corner.normal, weight);
  });
  normal.normalize();
  position.addScaledVector(normal, anchor.liftM);
  return {
    position: position.toArray() as SurfacePoint['position'],
    normal: normal.toArray() as SurfacePoint['normal'],
  };
}
