import type { Object3D } from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { MeshBVH } from 'three-mesh-bvh';
import { GenerateMeshBVHWorker } from 'three-mesh-bvh/src/workers/GenerateMeshBVHWorker.js';
import { applyPose } from '../../../models/pose-apply';
import type { PoseName } from '../../../models/poses';
import { yieldToPage } from '../../lib/yield-to-page';
import { worldSpaceGeometry } from './world-geometry';

const built = new WeakMap<Object3D, Map<PoseName, Promise<MeshBVH>>>();
const made = new WeakMap<Object3D, Map<PoseName, MeshBVH>>();
/** One index is made at a time: the worker takes one job, and the page's share stays small. */
let queue: Promise<unknown> = Promise.resolve();
let worker: GenerateMeshBVHWorker | null | undefined;

/**
 * The skin of `body` in `pose`, in world space, with a surface index for line of sight and for
 * taps (three-mesh-bvh). Nothing needs it to show the body or its markers, so it is made after:
 * the skin is read in slices between which the page answers input, and the index is built in
 * three-mesh-bvh's worker (on the page only where workers are missing). Once per body and pose.
 */
export function skinIndex(body: Object3D, pose: PoseName): Promise<MeshBVH> {
  let byPose = built.get(body);
  if (byPose === undefined) built.set(body, (byPose = new Map()));
  let index = byPose.get(pose);
  if (index === undefined) {
    index = queue.then(() => indexSkin(body, pose));
    void index.then((skin) => {
      if (!made.has(body)) made.set(body, new Map());
      made.get(body)!.set(pose, skin);
    });
    queue = index.catch(() => undefined);
    byPose.set(pose, index);
  }
  return index;
}

/** The index `skinIndex` made for this body and pose, if it is made already; no work started. */
export function madeSkinIndex(body: Object3D, pose: PoseName): MeshBVH | null {
  return made.get(body)?.get(pose) ?? null;
}

async function indexSkin(body: Object3D, pose: PoseName): Promise<MeshBVH> {
  const probe = cloneSkinned(body);
  applyPose(probe, pose);
  const geometry = await worldSpaceGeometry(probe, yieldToPage);
  if (typeof Worker === 'undefined' || worker === null) return new MeshBVH(geometry);
  try {
    worker ??= new GenerateMeshBVHWorker();
    return await worker.generate(geometry);
  } catch (error) {
    console.warn(`The skin's index is built on the page: ${(error as Error).message}`);
    worker = null;
    // The attempt handed the geometry's arrays to the worker: read the skin again.
    return new MeshBVH(await worldSpaceGeometry(probe, yieldToPage));
  }
}
