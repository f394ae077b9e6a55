/*
 * The bench's floor: the atlas's body model with its material, lights, lens and renderer settings,
 * drawn by three.js alone (no React, no dataset, no markers). The atlas's first body frame is
 * judged against this page's, so everything the atlas does beyond fetching, decoding and drawing
 * the model shows up as the ratio.
 */
import { NeutralToneMapping, PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { bodyFraming, STANDING_BOUNDS } from '../../scene/camera/camera-framing';
import { LENS } from '../../scene/camera/lens';
import { applyViewOffset } from '../../scene/camera/view-offset';
import { dressedBody } from '../../scene/body/skin-material';
import { createStudioLights } from '../../scene/body/studio-lights';

/** The atlas's canvas caps its pixel ratio here (BodyStage's `dpr`). */
const MAX_PIXEL_RATIO = 1.5;

declare global {
  interface Window {
    /** Milliseconds since navigation when the body's first frame was drawn. */
    __floorBodyFrameMs?: number;
    __floorError?: string;
  }
}

// The bench opens the page at the atlas's canvas size (?width=…&height=…), so both draw as many pixels.
const query = new URLSearchParams(window.location.search);
const width = Number(query.get('width') ?? window.innerWidth);
const height = Number(query.get('height') ?? window.innerHeight);

const canvas = document.querySelector<HTMLCanvasElement>('#floor')!;
// React Three Fiber's defaults for the atlas's canvas, plus the atlas's own antialias and tone mapping.
const renderer = new WebGLRenderer({
  canvas,
  antialias: true,
  alpha: true,
  powerPreference: 'high-performance',
});
renderer.toneMapping = NeutralToneMapping;
renderer.setPixelRatio(Math.min(window.devicePixelRatio, MAX_PIXEL_RATIO));
renderer.setSize(width, height);

const camera = new PerspectiveCamera(LENS.fovDegrees, width / height, LENS.near, LENS.far);
// The atlas's opening view of the whole body, framed the same way in a view of this size.
const opening = bodyFraming(
  'standing',
  STANDING_BOUNDS,
  () => ({ width, height, covered: [] }),
  LENS.fovDegrees,
).home();
camera.position.set(...opening.position);
camera.lookAt(...opening.target);
applyViewOffset(camera, { width, height }, opening.focus);

const scene = new Scene();
scene.add(createStudioLights());

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
loader
  .loadAsync(`${window.location.origin}/models/body.glb`)
  .then((gltf) => {
    scene.add(dressedBody(gltf.scene));
    renderer.render(scene, camera);
    window.__floorBodyFrameMs = performance.now();
  })
  .catch((error: unknown) => {
    window.__floorError = String(error);
  });
