import type { ViewSnapshot } from './picture-source';

/** The band under the picture that says what it shows, in CSS pixels before scaling. */
const BAND = { height: 66, padding: 14, titleSize: 20, noticeSize: 14, lineGap: 6 } as const;
const INK = '#16202a';
const SOFT_INK = '#4a5560';
const PAPER = '#ffffff';

/** Something drawn over the view on screen that belongs in the picture: a pin or a name. */
interface Overlay {
  element: HTMLElement;
  round: boolean;
}

/**
 * The picture a teacher drops on a slide (null where the browser cannot make a canvas that big): the view at the snapshot's scale, the chosen point's
 * pins and the landmark names where they are on screen, and under it a band with the point's
 * number and name and the evidence notice, so the picture never travels without them.
 */
export function composePicture(
  snapshot: ViewSnapshot,
  overlays: { pins: HTMLElement[]; names: HTMLElement[] },
  caption: { title: string; notice: string },
  backdrop: string,
): HTMLCanvasElement | null {
  const { image, scale, rect } = snapshot;
  const band = BAND.height * scale;
  const picture = document.createElement('canvas');
  picture.width = image.width;
  picture.height = image.height + band;
  const context = picture.getContext('2d');
  // A browser out of canvas memory gives no context: no picture rather than a broken one.
  if (context === null) return null;
  // The view's canvas is see-through over the page: the picture takes the colour behind it.
  context.fillStyle = backdrop;
  context.fillRect(0, 0, picture.width, image.height);
  context.drawImage(image, 0, 0);
  const drawn: Overlay[] = [
    ...overlays.names.map((element) => ({ element, round: false })),
    ...overlays.pins.map((element) => ({ element, round: true })),
  ];
  for (const overlay of drawn) drawOverlay(context, overlay, rect, scale);

  context.fillStyle = PAPER;
  context.fillRect(0, image.height, picture.width, band);
  const left = BAND.padding * scale;
  context.textBaseline = 'top';
  context.fillStyle = INK;
  context.font = `700 ${BAND.titleSize * scale}px system-ui, sans-serif`;
  const titleTop = image.height + BAND.padding * scale * 0.8;
  context.fillText(caption.title, left, titleTop, picture.width - 2 * left);
  context.fillStyle = SOFT_INK;
  context.font = `400 ${BAND.noticeSize * scale}px system-ui, sans-serif`;
  context.fillText(
    caption.notice,
    left,
    titleTop + (BAND.titleSize + BAND.lineGap) * scale,
    picture.width - 2 * left,
  );
  return picture;
}

function drawOverlay(
  context: CanvasRenderingContext2D,
  { element, round }: Overlay,
  rect: DOMRect,
  scale: number,
) {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const x = (box.left - rect.left) * scale;
  const y = (box.top - rect.top) * scale;
  const width = box.width * scale;
  const height = box.height * scale;
  context.beginPath();
  if (round) context.arc(x + width / 2, y + height / 2, width / 2, 0, 2 * Math.PI);
  // Older browsers have no rounded rectangle: a plain one there.
  else if ('roundRect' in context)
    context.roundRect(x, y, width, height, parseFloat(style.borderTopLeftRadius) * scale);
  else (context as CanvasRenderingContext2D).rect(x, y, width, height);
  context.fillStyle = style.backgroundColor;
  context.fill();
  const border = parseFloat(style.borderTopWidth);
  if (border > 0) {
    context.lineWidth = border * scale;
    context.strokeStyle = style.borderTopColor;
    context.stroke();
  }
  context.fillStyle = style.color;
  context.font = `${style.fontWeight} ${parseFloat(style.fontSize) * scale}px ${style.fontFamily}`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(element.textContent ?? '', x + width / 2, y + height / 2);
  context.textAlign = 'start';
}

/** The colour the page shows behind an element: the first ancestor's that is not see-through. */
export function colourBehind(element: Element): string {
  for (let at: Element | null = element; at !== null; at = at.parentElement) {
    const colour = getComputedStyle(at).backgroundColor;
    if (colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)') return colour;
  }
  return PAPER;
}
