import type { SideView } from './camera-framing';

/** A framing with a name (the whole body, or a side): what a class shares instead of coordinates. */
export type NamedView = SideView | 'whole';

// Apart from the camera's moves (and three.js), so a page that shares its views loads neither.
const namedViewListeners = new Set<(view: NamedView) => void>();

/** Tells `listener` each time the camera is sent to a named view; returns the unsubscribe. */
export function onNamedView(listener: (view: NamedView) => void): () => void {
  namedViewListeners.add(listener);
  return () => namedViewListeners.delete(listener);
}

/** The camera was sent to `view` (camera-moves.ts). */
export function named(view: NamedView) {
  for (const listener of namedViewListeners) listener(view);
}
