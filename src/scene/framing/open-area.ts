/** A rectangle on the 3D view, in CSS pixels from its top left corner. */
export interface ScreenRect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The view's size and the controls over it (buttons, notes, a phone's sheet), in CSS pixels. */
export interface ViewArea {
  width: number;
  height: number;
  covered: readonly ScreenRect[];
}

/**
 * The largest rectangle of the view that no control covers, kept `marginPx` clear of the view's
 * edges and of every control: where a framed point and its surroundings are drawn. Controls
 * number a handful, so every rectangle their edges bound is tried.
 */
export function openArea({ width, height, covered }: ViewArea, marginPx: number): ScreenRect {
  const inView = covered.filter(
    (c) => c.right > 0 && c.left < width && c.bottom > 0 && c.top < height,
  );
  const lefts = [marginPx, ...inView.map((c) => c.right + marginPx)];
  const rights = [width - marginPx, ...inView.map((c) => c.left - marginPx)];
  const tops = [marginPx, ...inView.map((c) => c.bottom + marginPx)];
  const bottoms = [height - marginPx, ...inView.map((c) => c.top - marginPx)];
  let best: ScreenRect = { left: 0, right: width, top: 0, bottom: height };
  let bestArea = -1;
  for (const left of lefts)
    for (const right of rights) {
      if (right <= left || left < 0 || right > width) continue;
      for (const top of tops)
        for (const bottom of bottoms) {
          if (bottom <= top || top < 0 || bottom > height) continue;
          const area = (right - left) * (bottom - top);
          if (area <= bestArea) continue;
          const rect = { left, right, top, bottom };
          if (inView.some((c) => overlaps(rect, c, marginPx))) continue;
          best = rect;
          bestArea = area;
        }
    }
  return best;
}

function overlaps(rect: ScreenRect, control: ScreenRect, marginPx: number): boolean {
  return (
    rect.left < control.right + marginPx - 0.5 &&
    control.left - marginPx + 0.5 < rect.right &&
    rect.top < control.bottom + marginPx - 0.5 &&
    control.top - marginPx + 0.5 < rect.bottom
  );
}

export const rectWidth = (rect: ScreenRect) => rect.right - rect.left;
export const rectHeight = (rect: ScreenRect) => rect.bottom - rect.top;
