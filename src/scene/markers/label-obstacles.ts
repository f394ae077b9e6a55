import type { ScreenArea } from './label-declutter';

/**
 * What floats over the canvas: controls (the view buttons), which marker labels must give way
 * to, and notes (the colour key, the posture switch and its captions), which other labels give
 * way to but which themselves give way to the chosen point's pin.
 */
const obstacles = new Map<HTMLElement, ObstacleKind>();
type ObstacleKind = 'control' | 'note';

/** Where an obstacle lies on the canvas, which element it is, and whether it is a note. */
export interface ObstacleArea extends ScreenArea {
  element: HTMLElement;
  note: boolean;
}

let measuredMemo: { canvas: HTMLCanvasElement; areas: ObstacleArea[] } | null = null;
const remeasure = () => (measuredMemo = null);
const listeners = new Set<() => void>();
/** A control changed size (a caption came or went): the labels must give way again. */
const resized = () => {
  remeasure();
  for (const listener of listeners) listener();
};
const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resized);
// A control can move without changing size (a phone turned on its side moves the stage's notes
// from the foot of the stage to its top): a new window size measures again too.
if (typeof window !== 'undefined') window.addEventListener('resize', remeasure);

/** A ref callback for a control over the view: it counts while it is mounted. */
export function registerObstacle(element: HTMLElement | null) {
  return register(element, 'control');
}

/** A ref callback for a note over the view: it fades where the chosen point's pin is under it. */
export function registerNote(element: HTMLElement | null) {
  return register(element, 'note');
}

function register(element: HTMLElement | null, kind: ObstacleKind) {
  if (element === null) return;
  obstacles.set(element, kind);
  resizes?.observe(element);
  remeasure();
  return () => {
    obstacles.delete(element);
    resizes?.unobserve(element);
    resized();
  };
}

/** The view's canvas being observed: one at a time, as there is one 3D view a page. */
const watchedCanvases = new Set<HTMLCanvasElement>();

/** Observes the view's canvas once, and lets go of the one before it (another mode's view). */
function watchCanvas(canvas: HTMLCanvasElement) {
  if (watchedCanvases.has(canvas)) return;
  for (const before of watchedCanvases) resizes?.unobserve(before);
  watchedCanvases.clear();
  resizes?.observe(canvas);
  watchedCanvases.add(canvas);
}

/**
 * Where the obstacles lie, in canvas pixels. Measured once and again only after the canvas or a
 * control changes size, not on every frame the projector draws.
 */
export function obstacleAreas(canvas: HTMLCanvasElement): readonly ObstacleArea[] {
  if (measuredMemo?.canvas === canvas) return measuredMemo.areas;
  watchCanvas(canvas);
  const origin = canvas.getBoundingClientRect();
  const areas = [...obstacles].map(([element, kind]) => {
    const box = element.getBoundingClientRect();
    return {
      element,
      note: kind === 'note',
      left: box.left - origin.left,
      right: box.right - origin.left,
      top: box.top - origin.top,
      bottom: box.bottom - origin.top,
    };
  });
  measuredMemo = { canvas, areas };
  return areas;
}

/**
 * Calls `listener` when a control or the canvas changes size. A control can grow with no frame
 * drawn (the view's caption arrives once the camera is at rest), so labels are placed again here.
 */
export function onObstaclesResized(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
