import {
  CatmullRomCurve3,
  Color,
  DoubleSide,
  Group,
  Mesh,
  MeshBasicMaterial,
  PerspectiveCamera,
  Ray,
  SphereGeometry,
  TubeGeometry,
  Vector3,
  type Object3D,
} from 'three';
import type { MeshBVH } from 'three-mesh-bvh';
import { applyPose } from '../../../models/pose-apply';
import type { Point } from '../../../points/schema';
import type { PlacedMarker } from '../../data/placement';
import { poseForPosture } from '../../data/point-pose';
import { POSE_WORDS } from '../../data/pose-words';
import { markerKey, posedSkin, type PosedSkin } from '../../scene/body/posed-skin';
import { poseProps } from '../../scene/body/pose-props';
import type { PlacementAsset } from '../../scene/body/placement-asset';
import { skinIndex } from '../../scene/body/skin-index';
import { drawWithSkinRings } from '../../scene/body/skin-zones';
import { disposeDrawn } from './dispose-drawn';
import { offscreenStage } from './offscreen-stage';
import { standardComparisonWords } from '../../data/standard-words';
import { framePoint } from '../../scene/camera/point-framing';
import { applyViewOffset } from '../../scene/camera/view-offset';
import { viewBearings } from '../../scene/camera/view-bearings';
import { LENS } from '../../scene/camera/lens';
import { OCCLUSION_TOLERANCE_M } from '../../scene/framing/occlusion';
import type { MarkerLook } from '../../scene/markers/marker-look';

/** Pixels per side: sharp at the printed size (about 60 mm) without bloating the page. */
const PICTURE_PX = 600;
/** The picture as a view for framing: square, nothing over it. */
const PICTURE_AREA = { width: PICTURE_PX, height: PICTURE_PX, covered: [] };
/** Of a pair, the side a camera in front of the body sees best is pictured. */
const FRONT = new Vector3(0, 1, 5);
/** Larger than the atlas's dots: the picture is small on paper. */
const MARKER_RADIUS_M = 0.009;
const RING_RADIUS_M = 0.0125;
/** The guide on paper: landmark dots, the line to the point and finger-width ticks. */
const GUIDE_LANDMARK_RADIUS_M = 0.007;
const GUIDE_LINE_RADIUS_M = 0.0018;
const GUIDE_TICK_RADIUS_M = 0.0035;
/** How far a landmark under the point shows beyond the marker's white ring. */
const GUIDE_HALO_M = 0.003;
/** The standard point's ring: around the marker's white ring where the two coincide. */
const PICTURE_STANDARD_RING_RADIUS_M = 0.016;
const BACKGROUND = '#e9edf1';

export interface PointPicture {
  /** PNG data URL. */
  src: string;
  /** Where the framed marker is on the picture, as shares of its width and height (0 to 1). */
  markerAt: { x: number; y: number };
  /** What the picture shows, in words: the view, and which of the point's markers are drawn. */
  caption: string;
  /** With the comparison asked for: the standard point ringed on the picture, in words. */
  standard?: string;
}

export interface PictureOptions {
  /** Ring the standard point each point is compared with, and say how far apart they lie. */
  withStandard: boolean;
  /** Asked before each picture: false stops the drawing (a newer one has started). */
  wanted?: () => boolean;
}

/**
 * One picture per point, drawn offscreen from the body and placement the live view uses, in the
 * posture the point is worked in: the camera frames the point as the atlas would, stepped back
 * for context, with the point's markers drawn large. The caption is read off the picture itself
 * (the posture, the view, which markers are in view).
 */
export async function drawPointPictures(
  loadedBody: Object3D,
  placement: PlacementAsset,
  points: readonly Point[],
  look: MarkerLook,
  { withStandard, wanted = () => true }: PictureOptions = { withStandard: false },
): Promise<Record<number, PointPicture>> {
  const poses = [...new Set(points.map((point) => poseForPosture(point.posture.stated)))];
  const skins = new Map(
    await Promise.all(
      poses.map(async (pose) => [pose, await skinIndex(loadedBody, pose)] as const),
    ),
  );
  const stage = offscreenStage(loadedBody, BACKGROUND);
  const { renderer, scene, body } = stage;
  renderer.setSize(PICTURE_PX, PICTURE_PX, false);
  const camera = new PerspectiveCamera(LENS.fovDegrees, 1, LENS.near, LENS.far);
  const pictures: Record<number, PointPicture> = {};
  try {
    for (const point of points) {
      if (!wanted()) break;
      const posed = posedSkin(loadedBody, placement, poseForPosture(point.posture.stated));
      const own = posed.markers.filter((marker) => marker.point === point.number);
      if (own.length === 0) continue;
      applyPose(body, posed.pose);
      const props = poseProps(posed.pose);
      const colour = point.selfMassage.inSelfMassageSentence
        ? look.colours.self
        : look.colours.other;
      const standard = withStandard
        ? posed.standardPoints.filter((spot) => spot.point === point.number)
        : [];
      const view = framePoint(
        posed,
        point.number,
        null,
        PICTURE_AREA,
        LENS.fovDegrees,
        FRONT,
        standard.map((spot) => ({ position: new Vector3(...spot.position), side: spot.side })),
      );
      if (view === null) continue;
      const ring = standard.find((spot) => spot.side === view.marker.side);
      const rings =
        ring === undefined
          ? []
          : [
              {
                centre: ring.position,
                normal: ring.normal,
                radiusM: PICTURE_STANDARD_RING_RADIUS_M,
              },
            ];
      // A point no view of its posture shows (in a fold of skin) is drawn through the skin.
      const inFold = view.seen.length === 0;
      // Only the framed side goes through the skin: the other would show through the body.
      const dots = [
        ...own.map((marker) => markerDot(marker, colour, inFold && marker === view.marker)),
        guideMarks(view.marker, look),
      ];
      scene.add(...dots, ...props);
      const target = new Vector3(...view.target);
      camera.position.set(...view.position);
      camera.lookAt(target);
      applyViewOffset(camera, PICTURE_AREA, view.focus);
      camera.updateMatrixWorld();
      camera.updateProjectionMatrix();
      drawWithSkinRings(rings, look.standard, () => renderer.render(scene, camera));
      const skin = skins.get(posed.pose)!;
      const seen = own.filter((marker) => inView(marker, camera, skin));
      const onPicture = new Vector3(...view.marker.position).project(camera);
      pictures[point.number] = {
        src: renderer.domElement.toDataURL('image/png'),
        markerAt: { x: (onPicture.x + 1) / 2, y: (1 - onPicture.y) / 2 },
        caption: caption(
          point,
          posed,
          view.marker,
          inFold ? [view.marker] : seen,
          camera.position,
          target,
          inFold,
        ),
        ...(ring !== undefined && point.standardPoint !== undefined
          ? { standard: `Ringed: ${standardComparisonWords(point.standardPoint, ring)}` }
          : {}),
      };
      scene.remove(...dots, ...props);
      disposeDrawn(dots);
    }
  } finally {
    stage.release();
  }
  return pictures;
}

function caption(
  point: Point,
  posed: PosedSkin,
  framed: PlacedMarker,
  seen: readonly PlacedMarker[],
  from: Vector3,
  at: Vector3,
  inFold: boolean,
): string {
  const view = viewBearings(framed, point.region, from, at, posed.toRest.get(markerKey(framed)));
  const posture = posed.pose === 'standing' ? '' : ` Shown ${POSE_WORDS[posed.pose]}.`;
  const fold = inFold ? ' In this posture the point lies in a fold of skin, drawn through it.' : '';
  const shown = `${view}.${posture}${fold}`;
  if (point.symmetry === 'midline') return `${shown} A single point on the midline.`;
  if (seen.length === 2) return `${shown} Both sides are marked.`;
  return `${shown} The ${framed.side} side is marked; the ${framed.side === 'left' ? 'right' : 'left'} mirrors it.`;
}

/** On the picture and not behind the body. */
function inView(marker: PlacedMarker, camera: PerspectiveCamera, skin: MeshBVH): boolean {
  const position = new Vector3(...marker.position);
  const screen = position.clone().project(camera);
  if (Math.abs(screen.x) > 1 || Math.abs(screen.y) > 1 || screen.z > 1) return false;
  const toMarker = position.clone().sub(camera.position);
  const distance = toMarker.length();
  const hit = skin.raycastFirst(new Ray(camera.position.clone(), toMarker.normalize()), DoubleSide);
  return hit === null || hit.distance >= distance - OCCLUSION_TOLERANCE_M;
}

/**
 * The finding guide of the framed marker, as on screen: a blue dot on each landmark, the blue
 * way along the skin to the point, and a white tick at each finger-width; sized for paper.
 */
function guideMarks(marker: PlacedMarker, look: MarkerLook): Object3D {
  const group = new Group();
  const lift = (spot: { position: readonly number[]; normal: readonly number[] }, by: number) =>
    new Vector3(...spot.position).addScaledVector(new Vector3(...spot.normal), by);
  const blue = new MeshBasicMaterial({ color: look.guide.landmark });
  const point = new Vector3(...marker.position);
  for (const landmark of marker.guide.landmarks) {
    // A landmark under the point itself shows as a blue halo around the marker's white ring.
    const underPoint = point.distanceTo(new Vector3(...landmark.position)) < RING_RADIUS_M;
    const radius = underPoint ? RING_RADIUS_M + GUIDE_HALO_M : GUIDE_LANDMARK_RADIUS_M;
    const dot = new Mesh(new SphereGeometry(radius, 24, 16), blue);
    dot.position.copy(lift(landmark, underPoint ? -RING_RADIUS_M * 0.5 : 0));
    group.add(dot);
  }
  const path = marker.guide.path.map((spot) => lift(spot, GUIDE_LINE_RADIUS_M));
  if (path.length >= 2) {
    const curve = new CatmullRomCurve3(path);
    const tube = new TubeGeometry(curve, path.length * 2, GUIDE_LINE_RADIUS_M, 8, false);
    group.add(new Mesh(tube, new MeshBasicMaterial({ color: look.guide.line })));
  }
  const white = new MeshBasicMaterial({ color: look.guide.tick });
  for (const tick of marker.guide.ticks) {
    const dot = new Mesh(new SphereGeometry(GUIDE_TICK_RADIUS_M, 16, 10), white);
    dot.position.copy(lift(tick, GUIDE_LINE_RADIUS_M));
    group.add(dot);
  }
  return group;
}

/**
 * A coloured dot in a white ring, lifted off the skin along its normal so it is never buried;
 * `throughSkin`, drawn over whatever lies in front of it (a point in a fold of skin).
 */
function markerDot(marker: PlacedMarker, colour: Color, throughSkin: boolean): Object3D {
  const dot = new Mesh(
    new SphereGeometry(MARKER_RADIUS_M, 20, 14),
    new MeshBasicMaterial({ color: colour, depthTest: !throughSkin }),
  );
  const ring = new Mesh(
    new SphereGeometry(RING_RADIUS_M, 20, 14),
    new MeshBasicMaterial({ color: '#ffffff', depthTest: !throughSkin }),
  );
  // Drawn last where they ignore depth, so the ring and the dot lie over the skin in that order.
  ring.renderOrder = throughSkin ? 1 : 0;
  dot.renderOrder = throughSkin ? 2 : 0;
  const lifted = new Vector3(...marker.normal).multiplyScalar(RING_RADIUS_M * 0.5);
  ring.position.set(...marker.position).sub(lifted);
  dot.position.set(...marker.position).add(lifted);
  const group = new Group();
  group.add(ring, dot);
  return group;
}
