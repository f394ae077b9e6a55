/**
 * Self-contained preview used by render-pictures.ts: loads the generated body and its landmarks,
 * renders one view (?view=front|back|…) once, then sets window.__ready for the screenshot.
 */
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import table from '../landmarks.json';
import { VIEWS } from './views';

declare global {
  interface Window {
    __ready?: boolean;
    __error?: string;
  }
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const view = VIEWS[params.get('view') ?? 'front'] ?? VIEWS.front!;
  const showDots = params.get('dots') !== '0';
  const renderer = new THREE.WebGLRenderer({ antialias: true });
  renderer.setPixelRatio(1);
  renderer.setSize(window.innerWidth, window.innerHeight);
  renderer.outputColorSpace = THREE.SRGBColorSpace;
  renderer.toneMapping = THREE.NeutralToneMapping;
  document.body.appendChild(renderer.domElement);

  const scene = new THREE.Scene();
  scene.background = new THREE.Color(params.get('bg') ?? '#eceef1');
  // Soft, local lighting (no environment map from a CDN): sky/ground fill, a key and two rims.
  scene.add(new THREE.HemisphereLight('#ffffff', '#b9b2aa', 1.9));
  const key = new THREE.DirectionalLight('#fff6ee', 1.7);
  key.position.set(1.5, 2.5, 3);
  scene.add(key);
  const fill = new THREE.DirectionalLight('#eef2ff', 0.6);
  fill.position.set(-2.5, 1.2, 1.5);
  scene.add(fill);
  const rim = new THREE.DirectionalLight('#ffffff', 0.7);
  rim.position.set(0.5, 2, -3);
  scene.add(rim);

  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.loadAsync('/models/body.glb');
  gltf.scene.traverse((o) => {
    if (o instanceof THREE.Mesh) {
      o.material = new THREE.MeshStandardMaterial({
        vertexColors: true,
        roughness: 0.72,
        metalness: 0,
      });
    }
  });
  scene.add(gltf.scene);

  const floor = new THREE.Mesh(
    new THREE.CircleGeometry(0.6, 48),
    new THREE.MeshBasicMaterial({ color: '#dcdde0' }),
  );
  floor.rotation.x = -Math.PI / 2;
  floor.position.y = -0.001;
  scene.add(floor);

  if (showDots) {
    const dot = new THREE.SphereGeometry(
      view.fov < 30 && view.position[1] < 1 ? 0.0025 : 0.006,
      12,
      8,
    );
    const mats = {
      midline: new THREE.MeshBasicMaterial({ color: '#1f6fd1' }),
      left: new THREE.MeshBasicMaterial({ color: '#d6332f' }),
      right: new THREE.MeshBasicMaterial({ color: '#2a9d4b' }),
    };
    for (const l of table.landmarks) {
      const m = new THREE.Mesh(dot, mats[l.side as keyof typeof mats]);
      m.position.set(l.position[0]!, l.position[1]!, l.position[2]!);
      scene.add(m);
    }
  }

  const camera = new THREE.PerspectiveCamera(
    view.fov,
    window.innerWidth / window.innerHeight,
    0.01,
    50,
  );
  camera.position.set(...view.position);
  camera.lookAt(...view.target);
  renderer.render(scene, camera);
  window.__ready = true;
}

main().catch((e: unknown) => {
  window.__error = String(e);
});
