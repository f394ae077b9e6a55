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
 * The rectangles of the view that no control covers and that cannot grow in any direction without
 * running into one, largest first, each kept `marginPx` clear of the view's edges and of every
 * control: the places a framed point and its surroundings may be drawn. Controls number a
 * handful, so every rectangle their edges bound is tried.
 */
export function openAreas({ width, height, covered }: ViewArea, marginPx: number): ScreenRect[] {
  const inView = covered.filter(
    (c) => c.right > 0 && c.left < width && c.bottom > 0 && c.top < height,
  );
  const lefts = [marginPx, ...inView.map((c) => c.right + marginPx)];
  const rights = [width - marginPx, ...inView.map((c) => c.left - marginPx)];
  const tops = [marginPx, ...inView.map((c) => c.bottom + marginPx)];
  const bottoms = [height - marginPx, ...inView.map((c) => c.top - marginPx)];
  const clear: ScreenRect[] = [];
  for (const left of lefts)
    for (const right of rights) {
      if (right <= left || left < 0 || right > width) continue;
      for (const top of tops)
        for (const bottom of bottoms) {
          if (bottom <= top || top < 0 || bottom > height) continue;
          const rect = { left, right, top, bottom };
          if (!inView.some((c) => overlaps(rect, c, marginPx))) clear.push(rect);
        }
    }
  const maximal = clear.filter(
    (rect) => !clear.some((other) => other !== rect && contains(other, rect)),
  );
  const sorted = maximal.sort((a, b) => rectArea(b) - rectArea(a));
  return sorted.length > 0 ? sorted : [{ left: 0, right: width, top: 0, bottom: height }];
}

/** The largest of the open areas. */
export function openArea(area: ViewArea, marginPx: number): ScreenRect {
  return openAreas(area, marginPx)[0]!;
}

function contains(outer: ScreenRect, inner: ScreenRect): boolean {
  return (
    outer.left <= inner.left &&
    outer.right >= inner.right &&
    outer.top <= inner.top &&
    outer.bottom >= inner.bottom
  );
}

const rectArea = (rect: ScreenRect) => (rect.right - rect.left) * (rect.bottom - rect.top);

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
