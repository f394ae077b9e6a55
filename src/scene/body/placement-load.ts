import { useEffect, useState } from 'react';
import type { Object3D } from 'three';
import { PLACEMENT_URL } from './body-files';
import type { PlacementAsset } from './placement-asset';

let downloadMemo: Promise<PlacementAsset> | undefined;
/** The file's placement once read, for a component that asks without waiting a task. */
let downloadedMemo: PlacementAsset | null = null;

/** Starts reading the placement file, alongside the model's downloadMemo. */
export function preloadPlacement(): Promise<PlacementAsset> {
  if (downloadMemo !== undefined) return downloadMemo;
  // The file's check is fetched beside the file, not after it: the placement must be at hand
  // when the model is decoded, so the body's first frame already shows the chosen point.
  const check = import('./placement-asset-check');
  // Its failure is reported through the file's promise below, not as an unhandled one of its own.
  check.catch(() => undefined);
  downloadMemo = fetch(PLACEMENT_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`the body's placement file answered ${response.status}`);
      return Promise.all([response.json() as Promise<unknown>, check]);
    })
    .then(([json, { decodePlacementAsset }]) => decodePlacementAsset(json))
    .then((placement) => (downloadedMemo = placement));
  return downloadMemo;
}

interface PlacedInPage {
  promise: Promise<PlacementAsset>;
  value: PlacementAsset | null;
}

/** Where the file could not be read: the placement made in the page, per body. */
const placedInPage = new WeakMap<Object3D, PlacedInPage>();

/**
 * The points on the body: from the file the build wrote or, if that cannot be read, placed here
 * by the same rules (a second or two on a laptop), so the atlas still shows them.
 */
export function loadPlacement(body: Object3D): Promise<PlacementAsset> {
  return preloadPlacement().catch((error: unknown) => {
    let placing = placedInPage.get(body);
    if (placing === undefined) {
      console.warn(`${(error as Error).message}; placing the points in the page instead.`);
      // The rules read each point's location: the dataset's details come with them.
      const promise = Promise.all([
        import('./compute-placement'),
        import('../../data/full-dataset'),
      ]).then(([{ computePlacement }, { DATASET }]) =>
        // With each marker's line of sight, so the camera frames as it would from the file.
        computePlacement(body, DATASET.points, { lineOfSight: true }),
      );
      const entry: PlacedInPage = { promise, value: null };
      void promise.then((value) => (entry.value = value));
      placedInPage.set(body, (placing = entry));
    }
    return placing.promise;
  });
}

/** The placement for `body` if it has been read or made already; nothing is started. */
function placementAtHand(body: Object3D): PlacementAsset | null {
  return downloadedMemo ?? placedInPage.get(body)?.value ?? null;
}

/**
 * `loadPlacement` for a component that need not wait for it: the placement at once when it has
 * been read (as it usually has by the time the model is decoded), else null until it is. Never
 * suspends: a suspended part of the view is revealed up to 300 ms late, and the body would wait.
 * If the points cannot be placed at all, it throws to the nearest error boundary.
 */
export function useLoadedPlacement(body: Object3D): PlacementAsset | null {
  const [placement, setPlacement] = useState(() => placementAtHand(body));
  const [failure, setFailure] = useState<Error | null>(null);
  useEffect(() => {
    if (placement !== null) return;
    let live = true;
    loadPlacement(body).then(
      (read) => {
        if (live) setPlacement(read);
      },
      (error: unknown) => {
        if (live) setFailure(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return () => {
      live = false;
    };
  }, [body, placement]);
  // Neither the file nor the page could place the points: the 3D view's error boundary says so.
  if (failure !== null) throw failure;
  return placement;
}
