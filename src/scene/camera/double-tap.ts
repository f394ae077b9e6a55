/** Two taps count as one double tap within this time and distance (the platforms' usual feel). */
export const DOUBLE_TAP_MS = 300;
export const DOUBLE_TAP_SLOP_PX = 24;

/** Where a double tap or click landed, in CSS pixels from the element's top left. */
export interface TapSpot {
  x: number;
  y: number;
}

/**
 * Calls `handler` on a double tap of one finger, or a double click, with where it landed. Only
 * the timing of two taps is read here: turning, zooming and panning stay with the camera controls.
 */
export function onDoubleTap(element: HTMLElement, handler: (at: TapSpot) => void): () => void {
  const spot = (event: { clientX: number; clientY: number }): TapSpot => {
    const box = element.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  let last: { time: number; x: number; y: number } | null = null;
  let fingers = 0;
  const down = (event: PointerEvent) => {
    if (event.pointerType === 'touch') fingers++;
  };
  const up = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') return;
    const single = fingers === 1;
    fingers = Math.max(0, fingers - 1);
    if (!single) {
      last = null;
      return;
    }
    const tap = { time: event.timeStamp, x: event.clientX, y: event.clientY };
    if (
      last !== null &&
      tap.time - last.time < DOUBLE_TAP_MS &&
      Math.hypot(tap.x - last.x, tap.y - last.y) < DOUBLE_TAP_SLOP_PX
    ) {
      last = null;
      handler(spot(event));
    } else last = tap;
  };
  const cancel = () => {
    fingers = 0;
    last = null;
  };
  const doubleClick = (event: MouseEvent) => {
    // A double tap also fires dblclick on some phones: the touch path already handled it.
    if ((event as PointerEvent).pointerType === 'touch') return;
    handler(spot(event));
  };
  element.addEventListener('pointerdown', down);
  element.addEventListener('pointerup', up);
  element.addEventListener('pointercancel', cancel);
  element.addEventListener('dblclick', doubleClick);
  return () => {
    element.removeEventListener('pointerdown', down);
    element.removeEventListener('pointerup', up);
    element.removeEventListener('pointercancel', cancel);
    element.removeEventListener('dblclick', doubleClick);
  };
}
