import { mkdirSync, writeFileSync } from 'node:fs';
import { openAtlas } from './support/atlas-page';
import { DATASET } from './support/dataset';
import { expect, test } from './support/fixtures';
import { openPdf, pdfPageTexts, savePdfPagePictures } from './support/pdf-pages';
import { decodePng, rgbAt } from './support/png-pixels';

const OUT = 'test-results/handout';
const NOTICE = DATASET.evidence.headline;
const SELF_POINTS = DATASET.points.filter((p) => p.selfMassage.inSelfMassageSentence);

/** Page pictures for a person to look at: small enough to open, large enough to read. */
const PAGE_PICTURE_SCALE = 0.8;
/** The handout's default: the map on a page of its own, then six compact cards to a page. */
const CARDS_PER_PAGE = 6;
const MAP_PAGES = 1;
/** Every card's picture is drawn this many pixels square. */
const PICTURE_PX = 600;
/** Around the marker's place on the picture, where its colour must show. */
const MARKER_REACH_PX = 14;

test.describe('the printable handout, in Chromium', () => {
  test('prints the self-massage set on A4 and Letter: notice on every page, whole cards, pictures', async ({
    page,
  }) => {
    mkdirSync(OUT, { recursive: true });
    await openAtlas(page, '?mode=print&self=named');
    await expect(page.locator('[data-testid="handout"][data-pictures="ready"]')).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.locator('.handout__header h1')).toHaveText(
      'Acupressure points: Named for self-massage',
    );
    const cards = page.locator('.handout-card');
    await expect
      .poll(() => cards.evaluateAll((all) => all.map((c) => c.getAttribute('data-point'))))
      .toEqual(SELF_POINTS.map((p) => String(p.number)));
    for (const point of SELF_POINTS) {
      const card = page.locator(`.handout-card[data-point="${point.number}"]`);
      await expect(card.locator('.point-number')).toHaveText(String(point.number));
      await expect(card.locator('h2')).toHaveText(point.name);
      await expect(card).toContainText(point.location.description);
      await expect(card.locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);
      // The caption says what the picture shows: which body part, from where, which sides.
      await expect(card.locator('figcaption')).toHaveText(
        /^(Left|Right) [a-z ,]+\.( Shown [a-z ,]+\.)? (Both sides are marked|The (left|right) side is marked)/,
      );
    }

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.topbar')).toBeHidden();
    for (const format of ['A4', 'Letter'] as const) {
      const bytes = await page.pdf({ format, printBackground: true });
      writeFileSync(`${OUT}/self-massage-${format}.pdf`, bytes);
      const pdf = await openPdf(bytes);
      let pages: string[];
      try {
        pages = await pdfPageTexts(pdf);
        // Pictures of the pages, for a person to look at in test-results/.
        await savePdfPagePictures(pdf, `${OUT}/self-massage-${format}`, PAGE_PICTURE_SCALE);
      } finally {
        await pdf.destroy();
      }
      // The map, then six cards to an A4 page: the six self-massage points on one. Letter is
      // 18 mm shorter and may hold one row fewer.
      const fullPages = MAP_PAGES + Math.ceil(SELF_POINTS.length / CARDS_PER_PAGE);
      if (format === 'A4') expect(pages.length).toBe(fullPages);
      else expect(pages.length).toBeLessThanOrEqual(fullPages + 1);
      for (const text of pages) expect(text).toContain(NOTICE);
      for (const point of SELF_POINTS) {
        // A whole card: its name and its closing source line on the same page, before the next card.
        const heading = point.name;
        // The map's key names every point too: the cards come after it.
        const onPages = pages.slice(MAP_PAGES).filter((text) => text.includes(heading));
        expect(onPages, `${format}: card ${point.number}`).toHaveLength(1);
        const rest = onPages[0]!.slice(onPages[0]!.indexOf(heading));
        const next = SELF_POINTS.map((p) => rest.indexOf(p.name, 1)).filter((i) => i > 0);
        const cardText = rest.slice(0, next.length > 0 ? Math.min(...next) : undefined);
        expect(cardText, `${format}: card ${point.number} ends on its page`).toMatch(/posture/i);
      }
    }
  });

  test('rings the standard point on every picture when asked, and says it under each', async ({
    page,
  }) => {
    await openAtlas(page, '?mode=print&self=named');
    const handout = page.locator('[data-testid="handout"]');
    await expect(handout).toHaveAttribute('data-pictures', 'ready', { timeout: 60_000 });
    const cards = page.locator('.handout-card');
    const sources = async () =>
      cards.evaluateAll((all) => all.map((card) => card.querySelector('img')?.src ?? ''));
    const plain = await sources();
    await expect(page.getByTestId('handout-standard')).toHaveCount(0);

    await page.getByLabel('Compare with the standard point').check();
    await expect(page.getByTestId('handout-standard')).toHaveCount(SELF_POINTS.length, {
      timeout: 60_000,
    });
    await expect(handout).toHaveAttribute('data-pictures', 'ready');
    for (const point of SELF_POINTS)
      await expect(
        page.locator(
          `.handout-card[data-point="${point.number}"] [data-testid="handout-standard"]`,
        ),
      ).toContainText(
        `${point.standardPoint!.code}, ${point.standardPoint!.confidence} confidence`,
      );
    const ringed = await sources();
    ringed.forEach((src, i) => expect(src, `picture ${i + 1} redrawn`).not.toBe(plain[i]));

    await page.getByLabel('Compare with the standard point').uncheck();
    await expect(page.getByTestId('handout-standard')).toHaveCount(0, { timeout: 60_000 });
  });

  test('prints the map and all 24 points on five A4 pages, more with sources; each picture shows its marker and guide', async ({
    page,
  }) => {
    // Its own waits (the pictures, then the map) and two printed PDFs add up past the default
    // on a loaded machine: room to finish, not a timing assertion.
    test.setTimeout(300_000);
    mkdirSync(OUT, { recursive: true });
    await openAtlas(page, '?mode=print');
    const handout = page.locator('[data-testid="handout"]');
    await expect(handout).toHaveAttribute('data-pictures', 'ready', { timeout: 90_000 });
    await expect(page.locator('.handout-card')).toHaveCount(DATASET.points.length);

    // Each card's picture: the marker's colour where the number points, and the guide's blue.
    for (const point of DATASET.points) {
      const card = page.locator(`.handout-card[data-point="${point.number}"]`);
      const src = (await card.locator('img').getAttribute('src'))!;
      const pixels = await decodePng(page, Buffer.from(src.split(',')[1]!, 'base64'));
      expect(pixels.width).toBe(PICTURE_PX);
      const pin = card.locator('.handout-card__pin');
      await expect(pin).toHaveText(String(point.number));
      const share = (name: 'left' | 'top') =>
        pin.evaluate(
          (element, side) => parseFloat((element as HTMLElement).style[side]) / 100,
          name,
        );
      const x = Math.round((await share('left')) * PICTURE_PX);
      const y = Math.round((await share('top')) * PICTURE_PX);
      let marker = 0;
      for (let dy = -MARKER_REACH_PX; dy <= MARKER_REACH_PX; dy++)
        for (let dx = -MARKER_REACH_PX; dx <= MARKER_REACH_PX; dx++) {
          const [red, green, blue] = rgbAt(pixels, x + dx, y + dy);
          const copper = red > 100 && green < 90 && blue < 50;
          const teal = red < 40 && green > 50 && green < 120 && blue > 50 && blue < 120;
          if (copper || teal) marker++;
        }
      expect(marker, `point ${point.number}: its marker where its number points`).toBeGreaterThan(
        20,
      );
      let guide = 0;
      for (let py = 0; py < pixels.height; py += 2)
        for (let px = 0; px < pixels.width; px += 2) {
          const [red, green, blue] = rgbAt(pixels, px, py);
          if (blue > 150 && blue - red > 100 && blue - green > 50) guide++;
        }
      expect(guide, `point ${point.number}: its guide's blue`).toBeGreaterThan(10);
    }

    await page.emulateMedia({ media: 'print' });
    const pageTexts = async (name: string) => {
      const bytes = await page.pdf({ format: 'A4', printBackground: true });
      writeFileSync(`${OUT}/${name}.pdf`, bytes);
      const pdf = await openPdf(bytes);
      try {
        await savePdfPagePictures(pdf, `${OUT}/${name}`, PAGE_PICTURE_SCALE);
        return await pdfPageTexts(pdf);
      } finally {
        await pdf.destroy();
      }
    };
    // The map: every point's number once, on the first page, with its key.
    await expect(page.locator('[data-testid="handout-map"] .map-view img')).toHaveCount(7, {
      timeout: 60_000,
    });
    const numbers = await page
      .locator('.map-view__label')
      .evaluateAll((labels) => labels.map((label) => Number(label.textContent)));
    expect(numbers.sort((a, b) => a - b)).toEqual(DATASET.points.map((p) => p.number));
    const compact = await pageTexts('all-points-A4');
    expect(compact.length).toBeLessThanOrEqual(
      MAP_PAGES + Math.ceil(DATASET.points.length / CARDS_PER_PAGE),
    );
    expect(compact[0]).toContain(`Map of the ${DATASET.points.length} points`);
    for (const point of DATASET.points) expect(compact[0]).toContain(point.name);
    for (const text of compact) expect(text).toContain(NOTICE);
    expect(compact.join(' ')).not.toContain('Sources ');

    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Include sources').check();
    await page.emulateMedia({ media: 'print' });
    const withSources = await pageTexts('all-points-with-sources-A4');
    expect(withSources.length).toBeGreaterThan(compact.length);
    for (const text of withSources) expect(text).toContain(NOTICE);
    for (const point of DATASET.points) {
      const onPages = withSources.slice(MAP_PAGES).filter((text) => text.includes(point.name));
      expect(onPages, `card ${point.number} on one page`).toHaveLength(1);
    }
    expect(withSources.join(' ').split('Sources ').length - 1).toBe(DATASET.points.length);
  });

  test('prints a one-page worksheet: the map with empty circles and the numbered list', async ({
    page,
  }) => {
    mkdirSync(OUT, { recursive: true });
    await openAtlas(page, '?mode=print');
    await expect(page.locator('.map-view img')).toHaveCount(7, { timeout: 90_000 });
    await page.getByLabel('What to print').selectOption('worksheet');
    const circles = page.locator(
      '[data-testid="handout-map"][data-worksheet="true"] .map-view__label',
    );
    await expect(circles).toHaveCount(DATASET.points.length);
    expect(await circles.evaluateAll((all) => all.map((c) => c.textContent))).toEqual(
      DATASET.points.map(() => ''),
    );
    await expect(page.locator('.handout-card')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    const bytes = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${OUT}/worksheet-A4.pdf`, bytes);
    const pdf = await openPdf(bytes);
    try {
      await savePdfPagePictures(pdf, `${OUT}/worksheet-A4`, PAGE_PICTURE_SCALE);
      const [only, ...more] = await pdfPageTexts(pdf);
      expect(more).toEqual([]);
      expect(only).toContain(NOTICE);
      expect(only).toContain('Worksheet');
      for (const point of DATASET.points) expect(only).toContain(point.name);
    } finally {
      await pdf.destroy();
    }
  });
});
