import { useSceneStore } from '../scene-store';

/**
 * The 3D view's picture at a larger scale, on demand: the view hands the scene store how to
 * draw one while it is on screen (PictureSource.tsx), and "Save picture" asks for it.
 */
export interface ViewSnapshot {
  /** The view drawn at `scale` times its size on screen, with nothing over it. */
  image: HTMLCanvasElement;
  scale: number;
  /** The view's canvas on the page, so what lies over it (pins, names) can be placed. */
  rect: DOMRect;
  canvas: HTMLCanvasElement;
}

/** The view's picture now; null with no 3D view on screen. */
export const snapshotView = (): ViewSnapshot | null =>
  useSceneStore.getState().snapshotSource?.() ?? null;
