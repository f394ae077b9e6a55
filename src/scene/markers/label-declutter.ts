/** A marker label on screen: its centre in canvas pixels and half its width (labels are round). */
export interface LabelBox {
  key: string;
  x: number;
  y: number;
  halfSize: number;
  /** Lower first: the selected label, then the focused one, then those the filters keep. */
  priority: number;
}

/** Room kept between two labels, so neither is partly covered (WCAG 2.5.8 target size). */
export const LABEL_GAP_PX = 2;

/**
 * The keys of the labels to show: in priority order, each label is shown unless its box would
 * overlap one already shown. Where points crowd (the feet at full-body zoom) the rest give way;
 * their dots stay on the body, the list offers them at full size, and zooming in brings them back.
 */
export function uncrowdedLabels(labels: LabelBox[]): Set<string> {
  const shown: LabelBox[] = [];
  const ordered = [...labels].sort((a, b) => a.priority - b.priority);
  for (const label of ordered) {
    const overlaps = shown.some((other) => {
      const reach = label.halfSize + other.halfSize + LABEL_GAP_PX;
      return Math.abs(label.x - other.x) < reach && Math.abs(label.y - other.y) < reach;
    });
    if (!overlaps) shown.push(label);
  }
  return new Set(shown.map((label) => label.key));
}

/** A rectangle on the canvas, in canvas pixels. */
export interface ScreenArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Whether any part of the label lies under one of the areas (the floating view buttons): a label
 * half under a button can be neither fully seen nor clicked, so it gives way like a crowded one.
 */
export function labelUnderAny(label: LabelBox, areas: readonly ScreenArea[]): boolean {
  return areas.some(
    (area) =>
      label.x + label.halfSize > area.left &&
      label.x - label.halfSize < area.right &&
      label.y + label.halfSize > area.top &&
      label.y - label.halfSize < area.bottom,
  );
}

/** Which way the selected label's pin lifts it off its point. */
export type PinSide = 'above' | 'below';

/**
 * The selected label stands above its point like a pin; a point in the neck hangs it below
 * instead, so the pin never covers the chin and face above (point 16). A pin that would stand
 * under a button or a note hangs below too, where that is clear (point 3 on a laptop, under the
 * posture switch and its caption).
 */
export function pinSide(
  underTheFace: boolean,
  coveredAt: (side: PinSide) => boolean = () => false,
): PinSide {
  if (underTheFace) return 'below';
  return coveredAt('above') && !coveredAt('below') ? 'below' : 'above';
}
