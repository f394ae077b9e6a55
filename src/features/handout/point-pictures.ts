import {
  Color,
  DirectionalLight,
  Group,
  HemisphereLight,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  NeutralToneMapping,
  PerspectiveCamera,
  Scene,
  SphereGeometry,
  Vector3,
  WebGLRenderer,
  type Object3D,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { MeshBVH } from 'three-mesh-bvh';
import type { Point } from '../../../points/schema';
import { BODY_LANDMARKS } from '../../data/body-landmarks';
import { placePoints, type PlacedMarker } from '../../data/placement';
import { createMidlineQuery, createSurfaceQuery } from '../../data/surface-query';
import { poseForMarker } from '../../scene/camera/camera-framing';
import { MARKER_COLOURS } from '../../scene/markers/marker-style';
import { worldSpaceGeometry } from '../../scene/body/world-geometry';

/** Pixels per side: sharp at the printed size (about 45 mm) without bloating the page. */
const PICTURE_PX = 480;
/** Further back than the atlas's close-up, so the picture shows where on the body it is. */
const CONTEXT_DISTANCE_FACTOR = 1.9;
/** Larger than the atlas's dots: the picture is small on paper. */
const MARKER_RADIUS_M = 0.009;
const RING_RADIUS_M = 0.0125;
const BACKGROUND = '#e9edf1';

/**
 * One small picture per point, drawn offscreen from the same body and placement the atlas
 * uses: the camera frames the point as the atlas would, stepped back for context, with the
 * point's markers drawn large. Returns PNG data URLs by point number.
 */
export async function drawPointPictures(
  bodyUrl: string,
  points: readonly Point[],
): Promise<Record<number, string>> {
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.loadAsync(bodyUrl);
  const markers = placeMarkers(gltf.scene, points);

  const renderer = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
  renderer.setSize(PICTURE_PX, PICTURE_PX, false);
  renderer.toneMapping = NeutralToneMapping;
  const camera = new PerspectiveCamera(26, 1, 0.02, 30);
  const scene = buildScene(gltf.scene);
  const pictures: Record<number, string> = {};
  try {
    for (const point of points) {
      const own = markers.filter((marker) => marker.point === point.number);
      const shown = own[0];
      if (shown === undefined) continue;
      const dots = own.map((marker) => markerDot(marker, point));
      scene.add(...dots);
      const pose = poseForMarker(shown, point.region);
      const target = new Vector3(...pose.target);
      camera.position
        .set(...pose.position)
        .sub(target)
        .multiplyScalar(CONTEXT_DISTANCE_FACTOR)
        .add(target);
      camera.lookAt(target);
      renderer.render(scene, camera);
      pictures[point.number] = renderer.domElement.toDataURL('image/png');
      scene.remove(...dots);
    }
  } finally {
    renderer.dispose();
  }
  return pictures;
}

function placeMarkers(body: Object3D, points: readonly Point[]): PlacedMarker[] {
  const geometry = worldSpaceGeometry(body);
  const bvh = new MeshBVH(geometry);
  return placePoints(points, BODY_LANDMARKS, {
    closest: createSurfaceQuery(geometry, bvh),
    closestOnMidline: createMidlineQuery(geometry),
  });
}

function buildScene(body: Object3D): Scene {
  const scene = new Scene();
  scene.background = new Color(BACKGROUND);
  const skin = new MeshStandardMaterial({ vertexColors: true, roughness: 0.72, metalness: 0 });
  body.traverse((object) => {
    if (object instanceof Mesh) object.material = skin;
  });
  scene.add(body);
  // The atlas's studio light (Lights.tsx), as plain three.js objects.
  scene.add(new HemisphereLight('#ffffff', '#b9b2aa', 1.9));
  for (const [colour, intensity, position] of [
    ['#fff6ee', 1.7, [1.5, 2.5, 3]],
    ['#eef2ff', 0.6, [-2.5, 1.2, 1.5]],
    ['#ffffff', 0.7, [0.5, 2, -3]],
  ] as const) {
    const light = new DirectionalLight(colour, intensity);
    light.position.fromArray(position);
    scene.add(light);
  }
  return scene;
}

/** A coloured dot in a white ring, lifted off the skin along its normal so it is never buried. */
function markerDot(marker: PlacedMarker, point: Point): Object3D {
  const colour = point.selfMassage.inSelfMassageSentence
    ? MARKER_COLOURS.self
    : MARKER_COLOURS.other;
  const dot = new Mesh(
    new SphereGeometry(MARKER_RADIUS_M, 20, 14),
    new MeshBasicMaterial({ color: colour }),
  );
  const ring = new Mesh(
    new SphereGeometry(RING_RADIUS_M, 20, 14),
    new MeshBasicMaterial({ color: '#ffffff' }),
  );
  const lifted = new Vector3(...marker.normal).multiplyScalar(RING_RADIUS_M * 0.5);
  ring.position.set(...marker.position).sub(lifted);
  dot.position.set(...marker.position).add(lifted);
  const group = new Group();
  group.add(ring, dot);
  return group;
}
