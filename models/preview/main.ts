/**
 * Self-contained preview used by render-pictures.ts: loads the generated body and its landmarks,
 * renders one view once, then sets window.__ready for the screenshot.
 *   ?view=front|back|…            a camera from views.ts on the body at rest
 *   ?pose=sitting&view=front|side  the body in a named pose with its props, framed to fit
 */
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import table from '../landmarks.json';
import { applyPose, skinnedPositions } from '../pose-rig';
import { POSES, type PoseName } from '../poses';
import { PROP_COLOURS, propGeometry } from '../props';
import { VIEWS, type View } from './views';

declare global {
  interface Window {
    __ready?: boolean;
    __error?: string;
  }
}

/** Landmarks ride on the skin: each is fixed to its closest rest triangle by barycentric weights. */
function bindToTriangles(
  rest: ArrayLike<number>,
  index: ArrayLike<number>,
  points: readonly (readonly number[])[],
): { t: number; w: [number, number, number] }[] {
  const tri = new THREE.Triangle();
  const a = new THREE.Vector3(),
    b = new THREE.Vector3(),
    c = new THREE.Vector3(),
    q = new THREE.Vector3(),
    p = new THREE.Vector3(),
    bary = new THREE.Vector3();
  return points.map((pt) => {
    p.set(pt[0]!, pt[1]!, pt[2]!);
    let best = Infinity,
      bestT = 0;
    for (let t = 0; t < index.length; t += 3) {
      a.fromArray(rest, index[t]! * 3);
      if (a.distanceToSquared(p) > 0.0025) continue;
      b.fromArray(rest, index[t + 1]! * 3);
      c.fromArray(rest, index[t + 2]! * 3);
      tri.set(a, b, c).closestPointToPoint(p, q);
      const d = q.distanceToSquared(p);
      if (d < best) {
        best = d;
        bestT = t;
      }
    }
    a.fromArray(rest, index[bestT]! * 3);
    b.fromArray(rest, index[bestT + 1]! * 3);
    c.fromArray(rest, index[bestT + 2]! * 3);
    tri.set(a, b, c).closestPointToPoint(p, q);
    tri.getBarycoord(q, bary);
    return { t: bestT, w: [bary.x, bary.y, bary.z] };
  });
}

/** A camera that frames the box from the front (+Z) or the side (+X). */
function fitView(box: THREE.Box3, from: 'front' | 'side'): View {
  const centre = box.getCenter(new THREE.Vector3());
  const size = box.getSize(new THREE.Vector3());
  const fov = 26;
  const aspect = window.innerWidth / window.innerHeight;
  const wide = from === 'front' ? size.x : size.z;
  const depth = from === 'front' ? size.z : size.x;
  const fit = Math.max(size.y, wide / aspect) * 1.15;
  const dist = fit / 2 / Math.tan((fov * Math.PI) / 360) + depth / 2;
  const lift = 0.25 * fit;
  const position: [number, number, number] =
    from === 'front'
      ? [centre.x, centre.y + lift, centre.z + dist]
      : [centre.x + dist, centre.y + lift, centre.z];
  return { position, target: [centre.x, centre.y, centre.z], fov };
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const poseName = params.get('pose') as PoseName | null;
  if (poseName !== null && !(poseName in POSES)) throw new Error(`no pose "${poseName}"`);
  const viewName = params.get('view') ?? 'front';
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
  let body: THREE.SkinnedMesh | undefined;
  gltf.scene.traverse((o) => {
    if (o instanceof THREE.Mesh) {
      o.material = new THREE.MeshStandardMaterial({
        vertexColors: true,
        roughness: 0.72,
        metalness: 0,
      });
      o.frustumCulled = false;
      if (o instanceof THREE.SkinnedMesh) body = o;
    }
  });
  if (!body) throw new Error('body.glb has no skinned mesh');
  scene.add(gltf.scene);
  gltf.scene.updateMatrixWorld(true);
  const rest = skinnedPositions(body);
  const index = body.geometry.getIndex()!.array;
  const bound = bindToTriangles(
    rest,
    index,
    table.landmarks.map((l) => l.position),
  );

  const box = new THREE.Box3();
  if (poseName) {
    const pose = POSES[poseName];
    applyPose(gltf.scene, pose);
    gltf.scene.updateMatrixWorld(true);
    for (const prop of pose.props) {
      const mesh = new THREE.Mesh(
        propGeometry(prop),
        new THREE.MeshStandardMaterial({ color: PROP_COLOURS[prop.kind], roughness: 0.85 }),
      );
      scene.add(mesh);
      box.expandByObject(mesh);
    }
  }
  const posed = skinnedPositions(body);
  for (let i = 0; i < posed.length; i += 3)
    box.expandByPoint(new THREE.Vector3(posed[i], posed[i + 1], posed[i + 2]));

  const floor = new THREE.Mesh(
    new THREE.CircleGeometry(poseName ? 1.4 : 0.6, 64),
    new THREE.MeshBasicMaterial({ color: '#dcdde0' }),
  );
  floor.rotation.x = -Math.PI / 2;
  floor.position.y = -0.001;
  scene.add(floor);

  // &cam=px,py,pz,tx,ty,tz,fov overrides the camera (for close-ups of a pose).
  const cam = params.get('cam')?.split(',').map(Number);
  const view: View =
    cam && cam.length === 7
      ? { position: [cam[0]!, cam[1]!, cam[2]!], target: [cam[3]!, cam[4]!, cam[5]!], fov: cam[6]! }
      : poseName
        ? fitView(box, viewName === 'side' ? 'side' : 'front')
        : (VIEWS[viewName] ?? VIEWS.front!);

  if (showDots) {
    const dot = new THREE.SphereGeometry(
      !poseName && view.fov < 30 && view.position[1] < 1 ? 0.0025 : 0.006,
      12,
      8,
    );
    const mats = {
      midline: new THREE.MeshBasicMaterial({ color: '#1f6fd1' }),
      left: new THREE.MeshBasicMaterial({ color: '#d6332f' }),
      right: new THREE.MeshBasicMaterial({ color: '#2a9d4b' }),
    };
    const corner = new THREE.Vector3();
    table.landmarks.forEach((l, i) => {
      const { t, w } = bound[i]!;
      const m = new THREE.Mesh(dot, mats[l.side as keyof typeof mats]);
      m.position.set(0, 0, 0);
      for (let k = 0; k < 3; k++)
        m.position.addScaledVector(corner.fromArray(posed, index[t + k]! * 3), w[k]!);
      scene.add(m);
    });
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
