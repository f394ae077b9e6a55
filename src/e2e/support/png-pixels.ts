import type { Page } from 'playwright-core';

/** A screenshot's pixels: RGBA, four bytes a pixel, row by row. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Bytes handed to String.fromCharCode at once: its arguments go on the stack. */
const BYTES_PER_CALL = 0x8000;

/**
 * Decodes a PNG screenshot to its pixels with the browser's own decoder (no PNG library in the
 * tests), so what is measured is read in Node, typed and testable.
 */
export async function decodePng(page: Page, png: Buffer): Promise<Pixels> {
  const decoded = await page.evaluate(
    async ({ data, bytesPerCall }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const bytes = context.getImageData(0, 0, image.width, image.height).data;
      let binary = '';
      for (let i = 0; i < bytes.length; i += bytesPerCall) {
        binary += String.fromCharCode(...bytes.subarray(i, i + bytesPerCall));
      }
      return { width: image.width, height: image.height, rgba: btoa(binary) };
    },
    { data: png.toString('base64'), bytesPerCall: BYTES_PER_CALL },
  );
  return {
    width: decoded.width,
    height: decoded.height,
    data: new Uint8Array(Buffer.from(decoded.rgba, 'base64')),
  };
}

/** The red, green and blue of the pixel at (x, y), or of the nearest one on the picture's edge. */
export function rgbAt(pixels: Pixels, x: number, y: number): [number, number, number] {
  const column = Math.min(Math.max(Math.round(x), 0), pixels.width - 1);
  const row = Math.min(Math.max(Math.round(y), 0), pixels.height - 1);
  const i = (row * pixels.width + column) * 4;
  return [pixels.data[i]!, pixels.data[i + 1]!, pixels.data[i + 2]!];
}
