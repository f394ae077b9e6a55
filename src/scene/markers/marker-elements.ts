/**
 * The DOM labels of the markers, by key ("8:left"). The projector inside the canvas moves them
 * each rendered frame by writing styles directly: per-frame values stay out of React.
 */
export const markerElements = new Map<string, HTMLElement>();

export const markerKey = (point: number, side: string) => `${point}:${side}`;
