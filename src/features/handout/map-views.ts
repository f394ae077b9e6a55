import {
  Color,
  DoubleSide,
  Mesh,
  MeshBasicMaterial,
  PerspectiveCamera,
  Plane,
  Ray,
  SphereGeometry,
  Vector3,
  type Object3D,
} from 'three';
import type { MeshBVH } from 'three-mesh-bvh';
import type { Point } from '../../../points/schema';
import type { PlacedMarker } from '../../data/placement';
import { posedSkin } from '../../scene/body/posed-skin';
import type { PlacementAsset } from '../../scene/body/placement-asset';
import { skinIndex } from '../../scene/body/skin-index';
import { LENS } from '../../scene/camera/lens';
import { OCCLUSION_TOLERANCE_M } from '../../scene/framing/occlusion';
import { disposeDrawn } from './dispose-drawn';
import { offscreenStage } from './offscreen-stage';
import { placeMapLabels, type MapLabel } from './map-labels';

/**
 * The one-page map: the standing body from the front and the back, the left foot from four
 * sides and the back of the left wrist, each drawn once off screen; every point is marked once,
 * in the view that shows it best, with its number placed clear of the others over the picture.
 */

export type MapViewId =
  'front' | 'back' | 'foot-inner' | 'foot-outer' | 'foot-top' | 'sole' | 'hand';

interface MapViewSpec {
  id: MapViewId;
  title: string;
  /** Where the camera looks from, toward the target, and which way is up on the picture. */
  from: Vector3;
  up: Vector3;
  /** The part of the body it shows: a landmark-free spot and the height of body it takes in. */
  target: (body: BodyMarks) => Vector3;
  heightM: number;
  widthPx: number;
  heightPx: number;
  /**
   * Draws and marks only the body's left half: a close view of the left foot or hand, where the
   * right leg would stand in the way or its points be mistaken for the left's.
   */
  leftOnly?: boolean;
}

interface BodyMarks {
  centre: Vector3;
  leftFoot: Vector3;
  /** Toward the toes from the foot's middle: a view from above takes in the toenails. */
  leftToes: Vector3;
  leftWrist: Vector3;
}

const BODY_PX = { width: 360, height: 900 } as const;
const PART_PX = 480;
/** Whole body views take in its full height with a little air; close views a foot or a hand. */
const BODY_AIR = 1.04;
const PART_HEIGHT_M = 0.3;
const Y = new Vector3(0, 1, 0);
const Z = new Vector3(0, 0, 1);

const VIEWS: readonly MapViewSpec[] = [
  {
    id: 'front',
    title: 'Front',
    from: new Vector3(0, 0, 1),
    up: Y,
    target: (b) => b.centre,
    heightM: 0,
    ...bodyPx(),
  },
  {
    id: 'back',
    title: 'Back',
    from: new Vector3(0, 0, -1),
    up: Y,
    target: (b) => b.centre,
    heightM: 0,
    ...bodyPx(),
  },
  {
    id: 'foot-inner',
    title: 'Left foot, inner side',
    from: new Vector3(-1, 0.25, 0.1),
    up: Y,
    target: (b) => b.leftFoot,
    heightM: PART_HEIGHT_M,
    ...partPx(),
    leftOnly: true,
  },
  {
    id: 'foot-outer',
    title: 'Left foot, outer side',
    from: new Vector3(1, 0.25, -0.35),
    up: Y,
    target: (b) => b.leftFoot,
    heightM: PART_HEIGHT_M,
    ...partPx(),
    leftOnly: true,
  },
  {
    id: 'foot-top',
    title: 'Left foot, from above',
    from: new Vector3(0.05, 1, 0.35),
    up: Z,
    target: (b) => b.leftToes,
    heightM: PART_HEIGHT_M,
    ...partPx(),
    leftOnly: true,
  },
  {
    id: 'sole',
    title: 'Left sole',
    from: new Vector3(0, -1, 0.02),
    up: Z,
    target: (b) => b.leftFoot,
    heightM: PART_HEIGHT_M,
    ...partPx(),
    leftOnly: true,
  },
  {
    id: 'hand',
    title: 'Back of the left wrist',
    from: new Vector3(0.3, 0, -1),
    up: Y,
    target: (b) => b.leftWrist,
    heightM: PART_HEIGHT_M,
    ...partPx(),
    leftOnly: true,
  },
];

function bodyPx() {
  return { widthPx: BODY_PX.width, heightPx: BODY_PX.height };
}
function partPx() {
  return { widthPx: PART_PX, heightPx: PART_PX };
}

/** A dot this far from the picture's middle (1: its edge) still leaves room for its number. */
const WELL_INSIDE = 0.92;
/** A dot stands this share of its radius out of the skin, so the skin never covers it. */
const DOT_LIFT_SHARE = 0.3;
/** A marker this well turned toward a view counts as shown in it. */
const MIN_FACING = 0.25;
const DOT_RADIUS_M = { body: 0.012, part: 0.006 } as const;
const BACKGROUND = '#eef1f4';
/**
 * Every dot in one dark ink: the number's label beside it carries the point's colour, and a
 * worksheet's dots give no hint of which points are named for self-massage.
 */
const MAP_DOT_COLOUR = new Color('#1b2230');
/** The sole seen from below shows the foot only: the leg and the hand above it are cut away. */
const SOLE_VIEW_TOP_M = 0.12;

export interface MapView {
  id: MapViewId;
  title: string;
  src: string;
  widthPx: number;
  heightPx: number;
  /** Each point marked here: its dot and where its number goes, in the picture's pixels. */
  labels: MapLabel[];
}

/** Every point's best view: visible and turned toward the camera, a close view before the whole body. */
function assignViews(
  markers: readonly PlacedMarker[],
  points: readonly Point[],
  cameras: ReadonlyMap<MapViewId, PerspectiveCamera>,
  skin: MeshBVH,
): Map<number, { view: MapViewId; marker: PlacedMarker }> {
  const chosen = new Map<number, { view: MapViewId; marker: PlacedMarker }>();
  for (const point of points) {
    type Candidate = { view: MapViewId; marker: PlacedMarker; score: number };
    let seen: Candidate | null = null;
    let facingOnly: Candidate | null = null;
    for (const marker of markers.filter((m) => m.point === point.number)) {
      for (const spec of VIEWS) {
        const camera = cameras.get(spec.id)!;
        const position = new Vector3(...marker.position);
        const toCamera = camera.position.clone().sub(position).normalize();
        const facing = toCamera.dot(new Vector3(...marker.normal));
        if (facing < MIN_FACING) continue;
        const onPicture = position.clone().project(camera);
        if (Math.abs(onPicture.x) > WELL_INSIDE || Math.abs(onPicture.y) > WELL_INSIDE) continue;
        if (spec.leftOnly && marker.side !== 'left') continue;
        if (spec.id === 'sole' && marker.position[1] > SOLE_VIEW_TOP_M) continue;
        // A close view of the part first: it is where a reader looks for a foot's points.
        const candidate: Candidate = { view: spec.id, marker, score: facing / (spec.heightM || 1) };
        if (facingOnly === null || candidate.score > facingOnly.score) facingOnly = candidate;
        if (!seenFrom(camera, position, skin, spec.leftOnly === true)) continue;
        if (seen === null || candidate.score > seen.score) seen = candidate;
      }
    }
    // A point no view sees clear (in a fold) is still marked, where it faces a camera best.
    const best = seen ?? facingOnly;
    if (best !== null) chosen.set(point.number, { view: best.view, marker: best.marker });
  }
  return chosen;
}

function seenFrom(camera: PerspectiveCamera, spot: Vector3, skin: MeshBVH, leftOnly: boolean) {
  const toSpot = spot.clone().sub(camera.position);
  const distance = toSpot.length();
  const ray = new Ray(camera.position.clone(), toSpot.normalize());
  // With the right half cut away, only skin on the left can stand in front.
  const hits = skin.raycast(ray, DoubleSide).filter((hit) => !leftOnly || hit.point.x > 0);
  return hits.every((hit) => hit.distance >= distance - OCCLUSION_TOLERANCE_M);
}

/** Draws the map's views with each point's dot in its best view; the numbers are placed, not drawn. */
export async function drawMapViews(
  loadedBody: Object3D,
  placement: PlacementAsset,
  points: readonly Point[],
): Promise<MapView[]> {
  const posed = posedSkin(loadedBody, placement, 'standing');
  const skin = await skinIndex(loadedBody, 'standing');
  const marks = bodyMarks(posed.bounds.min, posed.bounds.max, posed.markers);
  const cameras = new Map(
    VIEWS.map((spec) => [spec.id, cameraFor(spec, marks, posed.bounds.max.y - posed.bounds.min.y)]),
  );
  const assigned = assignViews(posed.markers, points, cameras, skin);

  const stage = offscreenStage(loadedBody, BACKGROUND);
  const { renderer, scene } = stage;
  const views: MapView[] = [];
  try {
    for (const spec of VIEWS) {
      const camera = cameras.get(spec.id)!;
      renderer.setSize(spec.widthPx, spec.heightPx, false);
      renderer.clippingPlanes = [
        ...(spec.leftOnly ? [new Plane(new Vector3(1, 0, 0), 0)] : []),
        ...(spec.id === 'sole' ? [new Plane(new Vector3(0, -1, 0), SOLE_VIEW_TOP_M)] : []),
      ];
      const here = points.flatMap((point) => {
        const found = assigned.get(point.number);
        return found?.view === spec.id ? [{ point, marker: found.marker }] : [];
      });
      const radius = spec.heightM === 0 ? DOT_RADIUS_M.body : DOT_RADIUS_M.part;
      const dots = here.map(({ marker }) => {
        const dot = new Mesh(
          new SphereGeometry(radius, 16, 12),
          new MeshBasicMaterial({ color: MAP_DOT_COLOUR }),
        );
        dot.position
          .set(...marker.position)
          .addScaledVector(new Vector3(...marker.normal), radius * DOT_LIFT_SHARE);
        return dot;
      });
      scene.add(...dots);
      renderer.render(scene, camera);
      scene.remove(...dots);
      disposeDrawn(dots);
      const spots = here.map(({ point, marker }) => {
        const at = new Vector3(...marker.position).project(camera);
        return {
          point: point.number,
          x: ((at.x + 1) / 2) * spec.widthPx,
          y: ((1 - at.y) / 2) * spec.heightPx,
        };
      });
      views.push({
        id: spec.id,
        title: spec.title,
        src: renderer.domElement.toDataURL('image/png'),
        widthPx: spec.widthPx,
        heightPx: spec.heightPx,
        labels: placeMapLabels(spots, { width: spec.widthPx, height: spec.heightPx }),
      });
    }
  } finally {
    stage.release();
  }
  return views;
}

function bodyMarks(min: Vector3, max: Vector3, markers: readonly PlacedMarker[]): BodyMarks {
  const leftOf = (point: number) => markers.find((m) => m.point === point && m.side === 'left');
  const average = (...found: (PlacedMarker | undefined)[]) => {
    const spots = found.flatMap((m) => (m === undefined ? [] : [new Vector3(...m.position)]));
    return spots.reduce((sum, v) => sum.add(v), new Vector3()).divideScalar(spots.length || 1);
  };
  return {
    centre: min.clone().add(max).multiplyScalar(0.5),
    // Between the sole's hollow, the instep and the ankle bones' points: the foot's middle.
    leftFoot: average(leftOf(3), leftOf(4), leftOf(8), leftOf(20)),
    leftToes: average(leftOf(4), leftOf(9), leftOf(13), leftOf(24)),
    leftWrist: average(leftOf(11), leftOf(5)),
  };
}

function cameraFor(spec: MapViewSpec, marks: BodyMarks, bodyHeightM: number): PerspectiveCamera {
  const camera = new PerspectiveCamera(
    LENS.fovDegrees,
    spec.widthPx / spec.heightPx,
    LENS.near,
    LENS.far,
  );
  const heightM = spec.heightM === 0 ? bodyHeightM * BODY_AIR : spec.heightM;
  const distance = heightM / 2 / Math.tan((LENS.fovDegrees * Math.PI) / 360);
  const target = spec.target(marks);
  camera.up.copy(spec.up);
  camera.position.copy(target).addScaledVector(spec.from.clone().normalize(), distance);
  camera.lookAt(target);
  camera.updateMatrixWorld();
  camera.updateProjectionMatrix();
  return camera;
}
