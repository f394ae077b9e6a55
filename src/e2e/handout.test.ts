import { mkdirSync, writeFileSync } from 'node:fs';
import { openAtlas } from './support/atlas-page';
import { DATASET } from './support/dataset';
import { expect, test } from './support/fixtures';
import { openPdf, pdfPageTexts, savePdfPagePictures } from './support/pdf-pages';

const OUT = 'test-results/handout';
const NOTICE = DATASET.evidence.headline;
const SELF_POINTS = DATASET.points.filter((p) => p.selfMassage.inSelfMassageSentence);

/** Page pictures for a person to look at: small enough to open, large enough to read. */
const PAGE_PICTURE_SCALE = 0.8;
/** What the handout's layout aims for on A4. */
const CARDS_PER_PAGE = 3;

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
      // Three cards to an A4 page: the six self-massage points on two pages. Letter is 18 mm
      // shorter, and its first page (with the handout's header) holds one card fewer.
      const fullPages = Math.ceil(SELF_POINTS.length / CARDS_PER_PAGE);
      if (format === 'A4') expect(pages.length).toBe(fullPages);
      else expect(pages.length).toBeLessThanOrEqual(fullPages + 1);
      for (const text of pages) expect(text).toContain(NOTICE);
      for (const point of SELF_POINTS) {
        // A whole card: its name and its closing source line on the same page, before the next card.
        const heading = point.name;
        const onPages = pages.filter((text) => text.includes(heading));
        expect(onPages, `${format}: card ${point.number}`).toHaveLength(1);
        const rest = onPages[0]!.slice(onPages[0]!.indexOf(heading));
        const next = SELF_POINTS.map((p) => rest.indexOf(p.name, 1)).filter((i) => i > 0);
        const cardText = rest.slice(0, next.length > 0 ? Math.min(...next) : undefined);
        expect(cardText, `${format}: card ${point.number} ends on its page`).toMatch(/Sources /);
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
});
