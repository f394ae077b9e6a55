import type { Page } from 'playwright-core';
import { decodePng, rgbAt } from './png-pixels';

export interface MarkerContrast {
  marker: string;
  /** Contrast of the marker's fill (with its opacity) against the picture around it. */
  ratio: number;
  widthPx: number;
  heightPx: number;
  /** Its hit area: the drawn label, or more where the label is drawn small (a dropped point's dot). */
  targetWidthPx: number;
  targetHeightPx: number;
}

/**
 * For every visible marker label: its size, and the contrast of its fill against the body around
 * it, read from a screenshot taken with the labels hidden.
 */
export async function markerContrasts(page: Page): Promise<MarkerContrast[]> {
  const markers = await page.$$eval('.marker[data-hidden="false"]', (elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // The hit area reaches past the label by the (negative) inset of its ::before.
      const hit = getComputedStyle(element, '::before');
      const reach = (inset: string) => Math.max(0, -parseFloat(inset) || 0);
      return {
        targetWidthPx: rect.width + reach(hit.left) + reach(hit.right),
        targetHeightPx: rect.height + reach(hit.top) + reach(hit.bottom),
        marker: element.getAttribute('aria-label') ?? '',
        x: Math.round(rect.left + rect.width / 2),
        y: Math.round(rect.top + rect.height / 2),
        widthPx: rect.width,
        heightPx: rect.height,
        fill: style.backgroundColor,
        opacity: Number(style.opacity),
      };
    }),
  );
  const overlay = page.getByTestId('marker-overlay');
  await overlay.evaluate((element) => ((element as HTMLElement).style.visibility = 'hidden'));
  const png = await page.screenshot();
  await overlay.evaluate((element) => ((element as HTMLElement).style.visibility = ''));
  const pixels = await decodePng(page, png);
  return markers.map((marker) => {
    // Right under the label the 3D view draws a dot of the same colour, so the body is read
    // on a ring just outside the label: the median of eight samples, by luminance.
    const radius = marker.widthPx / 2 + 4;
    const ring = Array.from({ length: 8 }, (_, i) => {
      const angle = (i * Math.PI) / 4;
      const x = Math.round(marker.x + radius * Math.cos(angle));
      const y = Math.round(marker.y + radius * Math.sin(angle));
      return rgbAt(pixels, x, y);
    }).sort((a, b) => luminance(a) - luminance(b));
    const behind = ring[4]!;
    const fill = (marker.fill.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const shown = fill.map((c, i) => marker.opacity * c + (1 - marker.opacity) * behind[i]!);
    const [light, dark] = [luminance(shown), luminance(behind)].sort((a, b) => b - a);
    return {
      marker: marker.marker,
      ratio: (light! + 0.05) / (dark! + 0.05),
      widthPx: marker.widthPx,
      heightPx: marker.heightPx,
      targetWidthPx: marker.targetWidthPx,
      targetHeightPx: marker.targetHeightPx,
    };
  });
}

/** WCAG's relative luminance of an sRGB colour (0–255 a channel). */
function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
