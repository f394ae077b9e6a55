import { Triangle, Vector3, type BufferGeometry } from 'three';
import type { MeshBVH } from 'three-mesh-bvh';
import type { PlacedMarker, PlacementGuide } from '../../data/placement';
import type { SurfacePoint } from '../../data/surface-query';

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

interface AnchoredGuide {
  landmarks: SkinAnchor[];
  start: SkinAnchor;
  ticks: SkinAnchor[];
  path: SkinAnchor[];
}

/** A placed marker and its finding guide, held by the skin rather than by coordinates. */
export interface AnchoredMarker {
  marker: PlacedMarker;
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
    marker,
    anchor: anchorAt(marker),
    guide: {
      landmarks: marker.guide.landmarks.map(anchorAt),
      start: anchorAt(marker.guide.start),
      ticks: marker.guide.ticks.map(anchorAt),
      path: marker.guide.path.map(anchorAt),
    },
  }));
}

/** The markers where the skin `posed` (the same mesh in another pose, world space) carries them. */
export function markersOnPosedSkin(
  anchored: readonly AnchoredMarker[],
  posed: BufferGeometry,
): PlacedMarker[] {
  const at = (anchor: SkinAnchor) => surfacePointOf(anchor, posed);
  return anchored.map(({ marker, anchor, guide }) => {
    const placed: PlacementGuide = {
      landmarks: guide.landmarks.map(at),
      start: at(guide.start),
      ticks: guide.ticks.map(at),
      path: guide.path.map(at),
    };
    return { ...marker, ...at(anchor), guide: placed };
  });
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

function surfacePointOf(anchor: SkinAnchor, geometry: BufferGeometry): SurfacePoint {
  const positions = geometry.getAttribute('position');
  const normals = geometry.getAttribute('normal');
  const position = new Vector3();
  const normal = new Vector3();
  const corner = new Vector3();
  anchor.vertices.forEach((vertex, i) => {
    const weight = anchor.weights[i]!;
    position.addScaledVector(corner.fromBufferAttribute(positions, vertex), weight);
    normal.addScaledVector(corner.fromBufferAttribute(normals, vertex), weight);
  });
  normal.normalize();
  position.addScaledVector(normal, anchor.liftM);
  return {
    position: position.toArray() as SurfacePoint['position'],
    normal: normal.toArray() as SurfacePoint['normal'],
  };
}
