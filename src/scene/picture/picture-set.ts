import { pictureFileName, pictureOfView, PICTURE_NOTICE } from './view-picture';

/** A camera that has not come to rest by then is pictured where it is. */
const SETTLE_TIMEOUT_MS = 8_000;
/**
 * Frames to let pass after choosing a point before asking whether the camera rests (the view
 * renders the choice and starts its move on the next frames), and after it rests (the pins and
 * names over the view are placed on the frame after).
 */
const FRAMES_TO_REACT = 2;

export interface PictureSetPoint {
  number: number;
  name: string;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await nextFrame();
}

/** Until the 3D view's camera has framed the chosen point and rests (or the wait runs out). */
async function viewAtRest(): Promise<void> {
  await frames(FRAMES_TO_REACT);
  const deadline = performance.now() + SETTLE_TIMEOUT_MS;
  // The canvas says whether its camera rests (camera-status.ts), for tools as for tests.
  const resting = () =>
    document.querySelector<HTMLElement>('canvas[data-camera]')?.dataset.camera === 'still';
  while (!resting() && performance.now() < deadline) await nextFrame();
  await frames(FRAMES_TO_REACT);
}

/**
 * One picture per point of the set, each taken from the 3D view as "Save picture" takes it
 * (the view chooses the point and frames it first), in one ZIP with a note of what the
 * pictures are. `show` chooses a point in the view; `onProgress` hears after each picture.
 * Null when the view moved on or went away before the set was done.
 */
export async function pictureSetZip(
  points: readonly PictureSetPoint[],
  show: (point: number) => void,
  onProgress: (done: number) => void,
  /** Asked before each picture: the point the view is on now, or null once the view is gone. */
  shownNow: () => number | null,
): Promise<Blob | null> {
  const { zipSync } = await import('fflate');
  const files: Record<string, Uint8Array> = {};
  const listed: string[] = [];
  for (const [index, point] of points.entries()) {
    show(point.number);
    await viewAtRest();
    // The user went on to another point or left the view: no picture goes out under a wrong name.
    if (shownNow() !== point.number) return null;
    const blob = await pictureOfView(point.number, point.name);
    if (blob !== null) {
      files[pictureFileName(point.number)] = new Uint8Array(await blob.arrayBuffer());
      listed.push(`${pictureFileName(point.number)}: point ${point.number}, ${point.name}`);
    } else listed.push(`Point ${point.number}, ${point.name}: no picture (no 3D view to take)`);
    onProgress(index + 1);
  }
  files['about-these-pictures.txt'] = new TextEncoder().encode(
    [PICTURE_NOTICE, '', ...listed, ''].join('\n'),
  );
  // PNGs are compressed already: stored as they are, the ZIP is made at once.
  const zipped = zipSync(files, { level: 0 });
  return new Blob([zipped], { type: 'application/zip' });
}
