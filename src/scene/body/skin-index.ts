import type { Object3D } from 'three';
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js';
import { MeshBVH } from 'three-mesh-bvh';
import { GenerateMeshBVHWorker } from 'three-mesh-bvh/src/workers/GenerateMeshBVHWorker.js';
import { applyPose } from '../../../models/pose-apply';
import { serialQueue } from '../../lib/serial-queue';
import type { PoseName } from '../../../models/poses';
import { yieldToPage } from '../../lib/yield-to-page';
import { worldSpaceGeometry } from './world-geometry';

/** A body's index for one pose: asked for, and once it is made, the index itself. */
interface PoseIndex {
  index: Promise<MeshBVH>;
  made: MeshBVH | null;
}

const built = new WeakMap<Object3D, Map<PoseName, PoseIndex>>();
/** One index is made at a time: the worker takes one job, and the page's share stays small. */
const oneAtATime = serialQueue();
let workerMemo: GenerateMeshBVHWorker | null | undefined;

/**
 * The skin of `body` in `pose`, in world space, with a surface index for line of sight and for
 * taps (three-mesh-bvh). Nothing needs it to show the body or its markers, so it is made after:
 * the skin is read in slices between which the page answers input, and the index is built in
 * three-mesh-bvh's worker (on the page only where workers are missing). Once per body and pose.
 */
export function skinIndex(body: Object3D, pose: PoseName): Promise<MeshBVH> {
  let byPose = built.get(body);
  if (byPose === undefined) built.set(body, (byPose = new Map()));
  let entry = byPose.get(pose);
  if (entry === undefined) {
    const index = oneAtATime.run(() => indexSkin(body, pose));
    const fresh: PoseIndex = { index, made: null };
    // The caller is told of a failure through `index`; this side only records success.
    index.then(
      (skin) => (fresh.made = skin),
      () => undefined,
    );
    byPose.set(pose, (entry = fresh));
  }
  return entry.index;
}

/** The index `skinIndex` made for this body and pose, if it is made already; no work started. */
export function madeSkinIndex(body: Object3D, pose: PoseName): MeshBVH | null {
  return built.get(body)?.get(pose)?.made ?? null;
}

async function indexSkin(body: Object3D, pose: PoseName): Promise<MeshBVH> {
  const probe = cloneSkinned(body);
  applyPose(probe, pose);
  const geometry = await worldSpaceGeometry(probe, yieldToPage);
  if (typeof Worker === 'undefined' || workerMemo === null) return new MeshBVH(geometry);
  try {
    workerMemo ??= new GenerateMeshBVHWorker();
    return await workerMemo.generate(geometry);
  } catch (error) {
    console.warn(`The skin's index is built on the page: ${(error as Error).message}`);
    workerMemo = null;
    // The attempt handed the geometry's arrays to the worker: read the skin again.
    return new MeshBVH(await worldSpaceGeometry(probe, yieldToPage));
  }
}
