import type { ScreenArea } from './label-declutter';

/** Controls floating over the canvas (the view buttons) that marker labels must give way to. */
const obstacles = new Set<HTMLElement>();
let measured: { canvas: HTMLCanvasElement; areas: ScreenArea[] } | null = null;
const remeasure = () => (measured = null);
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

/** A ref callback for such a control: it counts while it is mounted. */
export function registerObstacle(element: HTMLElement | null) {
  if (element === null) return;
  obstacles.add(element);
  resizes?.observe(element);
  remeasure();
  return () => {
    obstacles.delete(element);
    resizes?.unobserve(element);
    resized();
  };
}

let watchedCanvas: HTMLCanvasElement | null = null;

/** Observes the view's canvas once, and lets go of the one before it (another mode's view). */
function watchCanvas(canvas: HTMLCanvasElement) {
  if (watchedCanvas === canvas) return;
  if (watchedCanvas !== null) resizes?.unobserve(watchedCanvas);
  resizes?.observe(canvas);
  watchedCanvas = canvas;
}

/**
 * Where the obstacles lie, in canvas pixels. Measured once and again only after the canvas or a
 * control changes size, not on every frame the projector draws.
 */
export function obstacleAreas(canvas: HTMLCanvasElement): readonly ScreenArea[] {
  if (measured?.canvas === canvas) return measured.areas;
  watchCanvas(canvas);
  const origin = canvas.getBoundingClientRect();
  const areas = [...obstacles].map((element) => {
    const box = element.getBoundingClientRect();
    return {
      left: box.left - origin.left,
      right: box.right - origin.left,
      top: box.top - origin.top,
      bottom: box.bottom - origin.top,
    };
  });
  measured = { canvas, areas };
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
