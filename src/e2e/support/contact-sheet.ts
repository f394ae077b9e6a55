// A contact sheet of every point's close-up, for looking at the framing with one's own eyes:
//   npx tsx src/e2e/support/contact-sheet.ts [--size 1366x768] [--device phone] [--query "&mode=present"] [--out sheet.png]
// Each tile is the 3D view at rest on one point, captioned with what the view says it shows and
// whether the chosen marker's label is on show.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { BrowserContextOptions } from 'playwright-core';
import { launchDeviceBrowser, PHONE, PHONE_LANDSCAPE, TABLET } from './devices';
import { startBuiltApp } from './server';
import { waitForScene } from './scene-page';

const DEVICES: Record<string, BrowserContextOptions> = {
  phone: PHONE.options,
  'phone-landscape': PHONE_LANDSCAPE.options,
  tablet: TABLET.options,
};
const POINT_COUNT = 24;
const TILE_WIDTH_PX = 320;

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1366x768' },
    device: { type: 'string' },
    query: { type: 'string', default: '' },
    out: { type: 'string', default: 'test-results/contact-sheet.png' },
    points: { type: 'string' },
  },
});
const [width, height] = values.size.split('x').map(Number) as [number, number];
const options: BrowserContextOptions =
  values.device === undefined ? { viewport: { width, height } } : DEVICES[values.device]!;
const numbers =
  values.points?.split(',').map(Number) ?? Array.from({ length: POINT_COUNT }, (_, i) => i + 1);

const server = await startBuiltApp();
const browser = await launchDeviceBrowser();
const tiles: { point: number; png: string; words: string }[] = [];
try {
  const context = await browser.newContext(options);
  for (const point of numbers) {
    const page = await context.newPage();
    await page.goto(`${server.url}?point=${point}${values.query}`);
    await page.waitForSelector('html[data-atlas-live] .atlas');
    await waitForScene(page);
    const shown = await page
      .locator(`.marker[data-point="${point}"][data-hidden="false"]`)
      .evaluateAll((markers) => markers.map((m) => m.getAttribute('data-side')));
    const bearings = (await page.getByTestId('view-bearings').allInnerTexts()).join(' ');
    const png = (await page.getByTestId('body-stage').screenshot()).toString('base64');
    tiles.push({
      point,
      png,
      words: `${point}: ${shown.length > 0 ? `on show (${shown.join(', ')})` : 'HIDDEN'} · ${bearings}`,
    });
    console.log(tiles.at(-1)!.words);
    await page.close();
  }
  await context.close();
  // The sheet is laid out by the browser itself: a grid of the tiles, screenshotted whole.
  const sheet = await (
    await browser.newContext({ viewport: { width: 1400, height: 800 } })
  ).newPage();
  await sheet.setContent(
    `<body style="margin:8px;font:13px sans-serif;display:grid;gap:8px;grid-template-columns:repeat(4,${TILE_WIDTH_PX}px)">${tiles
      .map(
        (tile) =>
          `<figure style="margin:0"><img style="width:${TILE_WIDTH_PX}px" src="data:image/png;base64,${tile.png}"><figcaption></figcaption></figure>`,
      )
      .join('')}</body>`,
  );
  // Captions are set as text, never parsed as markup.
  await sheet.$$eval(
    'figcaption',
    (captions, words) => captions.forEach((caption, i) => (caption.textContent = words[i]!)),
    tiles.map((tile) => tile.words),
  );
  writeFileSync(values.out, await sheet.screenshot({ fullPage: true }));
  console.log('wrote', values.out);
} finally {
  await browser.close();
  await server.stop();
}
