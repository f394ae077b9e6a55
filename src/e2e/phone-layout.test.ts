import type { Page } from 'playwright-core';
import { listedPointNumbers, openAtlas } from './support/atlas-page';
import { axeViolations } from './support/axe';
import {
  PHONE,
  PHONE_LANDSCAPE,
  SMALL_PHONE_LANDSCAPE,
  TABLET,
  TABLET_LANDSCAPE,
} from './support/devices';
import { SELF_NAMED_NUMBERS } from './support/expected';
import { expect, test } from './support/fixtures';
import { waitForScene, waitForStillCamera } from './support/scene-page';

const SCREENSHOTS = 'test-results/screenshots';
/** What the first screen of a phone or tablet may give the notice, and must give the body. */
const NOTICE_MAX_SHARE = 0.15;
const CANVAS_MIN_SHARE = 0.5;
/** Layout rounding: a box at a fractional position can measure this much under its CSS size. */
const SUBPIXEL_PX = 0.01;
const MODES = ['explore', 'quiz', 'print', 'present'] as const;

const viewportOf = (page: Page) => page.viewportSize()!;
const pointInLink = (page: Page) => new URL(page.url()).searchParams.get('point');

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function verticalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
}

async function boxOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (box === null) throw new Error(`${selector} is not on screen`);
  return box;
}

/** The selected point's label that is on show (of a pair, the one the camera faces). */
async function selectedLabelBox(page: Page, point: number) {
  const selector = `.marker[data-point="${point}"][data-selected="true"][data-hidden="false"]`;
  await expect(page.locator(selector).first()).toBeAttached();
  return boxOf(page, selector);
}

/** On a phone the sheet covers the bottom of the canvas: only the part above it is visible. */
async function visibleCanvas(page: Page) {
  const canvas = await boxOf(page, '.body-stage__canvas canvas');
  const sheets = page.getByTestId('bottom-sheet');
  const sheet = (await sheets.count()) === 0 ? null : await sheets.boundingBox();
  const bottom =
    sheet === null ? canvas.y + canvas.height : Math.min(sheet.y, canvas.y + canvas.height);
  return { left: canvas.x, right: canvas.x + canvas.width, top: canvas.y, bottom };
}

/** Opens the phone's sheet far enough to use its list, by tapping its handle. */
async function openSheet(page: Page) {
  const sheet = page.getByTestId('bottom-sheet');
  if ((await sheet.getAttribute('data-size')) === 'peek')
    await sheet.locator('.sheet__handle').tap();
  await expect(sheet).not.toHaveAttribute('data-size', 'peek');
}

const FLOATING_OVER_BODY = '.stage-notes > *, .view-toolbar__group';

/**
 * Which of the things floating over the body overlap: each note (key, posture switch, captions)
 * and each group of view buttons, against each other.
 */
async function overlayClashes(page: Page) {
  return page.locator(FLOATING_OVER_BODY).evaluateAll((elements) => {
    const overlays = elements
      .map((element) => ({ name: element.className, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    return overlays.flatMap((one, i) =>
      overlays
        .slice(i + 1)
        .filter(
          ({ box }) =>
            one.box.left < box.right &&
            box.left < one.box.right &&
            one.box.top < box.bottom &&
            box.top < one.box.bottom,
        )
        .map(({ name }) => `${one.name} over ${name}`),
    );
  });
}

/** Which of the things floating over the body reach past the 3D stage's edges. */
async function overlaysOutOfStage(page: Page, overlays = FLOATING_OVER_BODY) {
  const stage = await boxOf(page, '.body-stage');
  const boxes = await page.locator(overlays).evaluateAll((elements) =>
    elements.map((element) => ({
      name: element.className,
      box: element.getBoundingClientRect(),
    })),
  );
  return boxes
    .filter(({ box }) => box.width > 0 && box.height > 0)
    .filter(
      ({ box }) =>
        box.left < stage.x ||
        box.right > stage.x + stage.width ||
        box.top < stage.y ||
        box.bottom > stage.y + stage.height,
    )
    .map(({ name }) => name);
}

/** View buttons whose word does not fit inside them. */
async function viewButtonsCutShort(page: Page) {
  return page
    .locator('.view-toolbar .tool')
    .evaluateAll((tools) =>
      tools
        .filter((tool) => tool.scrollWidth > tool.clientWidth)
        .map((tool) => tool.getAttribute('aria-label')),
    );
}

/** The notes and view buttons over the body keep apart, inside the stage, their words whole. */
async function expectTidyOverlays(page: Page) {
  await expect.poll(() => overlayClashes(page)).toEqual([]);
  await expect.poll(() => overlaysOutOfStage(page)).toEqual([]);
  await expect.poll(() => viewButtonsCutShort(page)).toEqual([]);
}

/** A spot on the canvas with room for two fingers either side, where nothing lies over it. */
async function clearSpotForFingers(page: Page, spread: number) {
  return page.evaluate((reach) => {
    const canvas = document.querySelector('.body-stage__canvas canvas')!.getBoundingClientRect();
    const onCanvas = (x: number, y: number) =>
      document.elementFromPoint(x, y)?.tagName === 'CANVAS';
    for (let y = canvas.top + canvas.height * 0.2; y < canvas.bottom - 20; y += 12)
      for (let x = canvas.left + reach + 10; x < canvas.right - reach - 10; x += 12)
        if ([-reach, 0, reach].every((dx) => onCanvas(x + dx, y))) return { x, y };
    return null;
  }, spread);
}

test.describe('phones and tablets, in Chromium with device emulation', () => {
  for (const device of [PHONE, PHONE_LANDSCAPE, TABLET]) {
    test.describe(() => {
      test.use(device.options);

      test(`${device.name}: no sideways scrolling in any mode, a one-line notice, the body large`, async ({
        page,
      }) => {
        for (const mode of MODES) {
          await openAtlas(page, `?mode=${mode}`);
          await page.waitForLoadState('networkidle');
          // The handout draws its 24 pictures in software WebGL first, holding the page's
          // thread for seconds on a busy machine: measured once they are made.
          if (mode === 'print')
            await page.waitForSelector('[data-testid="handout"][data-pictures="ready"]', {
              timeout: 60_000,
            });
          await expect
            .poll(() => horizontalOverflow(page), `${mode} scrolls sideways`)
            .toBeLessThanOrEqual(0);
        }
        await openAtlas(page);
        await waitForScene(page);
        const { width, height } = viewportOf(page);
        const notice = await boxOf(page, '[data-testid="evidence-notice"]');
        expect(notice.height / height).toBeLessThanOrEqual(NOTICE_MAX_SHARE);
        await expect(page.getByTestId('evidence-notice')).toHaveText(/unverified/i, {
          useInnerText: true,
        });
        const canvas = await boxOf(page, '.body-stage__canvas canvas');
        expect((canvas.width * canvas.height) / (width * height)).toBeGreaterThanOrEqual(
          CANVAS_MIN_SHARE,
        );
        await page.screenshot({ path: `${SCREENSHOTS}/${width}x${height}-first.png` });
        expect(await axeViolations(page)).toEqual([]);
      });

      test(`${device.name}: self-massage in one tap, then a point from the list shows on the body beside its details`, async ({
        page,
      }) => {
        await openAtlas(page);
        await waitForScene(page);
        // One tap from the first screen: the sheet's header on a phone, the pane's chips on a tablet.
        const toggle = page.getByRole('button', { name: 'Named for self-massage' });
        if (await toggle.isVisible()) await toggle.tap();
        else await page.getByLabel('Named for self-massage').tap();
        if (device === PHONE) await openSheet(page);
        await expect.poll(() => listedPointNumbers(page)).toEqual(SELF_NAMED_NUMBERS);
        const chosen = SELF_NAMED_NUMBERS[0]!;
        await page.locator(`[data-testid="point-list"] [data-point="${chosen}"] button`).tap();
        await waitForStillCamera(page);
        const label = await selectedLabelBox(page, chosen);
        const visible = await visibleCanvas(page);
        const centre = { x: label.x + label.width / 2, y: label.y + label.height / 2 };
        expect(centre.x).toBeGreaterThan(visible.left);
        expect(centre.x).toBeLessThan(visible.right);
        expect(centre.y).toBeGreaterThan(visible.top);
        expect(centre.y, 'the label is under the sheet').toBeLessThan(visible.bottom);
        const heading = page.getByTestId('point-details').getByRole('heading', { level: 2 });
        await expect(heading).toBeVisible();
        const headingBox = await heading.boundingBox();
        expect(headingBox).not.toBeNull();
        expect(headingBox!.y).toBeGreaterThanOrEqual(0);
        expect(headingBox!.y + headingBox!.height).toBeLessThanOrEqual(viewportOf(page).height);
        // The posture shown and the view put in words: the notes at their tallest and widest.
        await page.getByRole('switch', { name: 'Show the posture' }).tap();
        await waitForStillCamera(page);
        await expect(page.getByTestId('view-bearings')).toBeVisible();
        await expect(page.getByTestId('posture-caption')).toBeVisible();
        await expectTidyOverlays(page);
        const { width, height } = viewportOf(page);
        await page.screenshot({ path: `${SCREENSHOTS}/${width}x${height}-point.png` });
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }

  test.describe(() => {
    test.use(PHONE.options);

    test('phone: a finger tap on a marker selects its point', async ({ page }) => {
      await openAtlas(page);
      await waitForScene(page);
      const marker = page.locator('.marker[data-hidden="false"]').first();
      const point = Number(await marker.getAttribute('data-point'));
      const box = (await marker.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => pointInLink(page)).toBe(String(point));
      await waitForStillCamera(page);
      await expect(
        page.locator(`.marker[data-point="${point}"][data-selected="true"]`).first(),
      ).toBeAttached();
    });

    test('phone: marker hit areas are a fingertip wide, and dropped points shrink to unnumbered dots', async ({
      page,
    }) => {
      await openAtlas(page, '?self=named');
      await waitForScene(page);
      const hitSizes = await page.locator('.marker[data-hidden="false"]').evaluateAll((markers) =>
        markers.map((marker) => {
          const hit = getComputedStyle(marker, '::before');
          const own = marker.getBoundingClientRect();
          return Math.min(
            own.width - 2 * parseFloat(hit.left),
            own.height - 2 * parseFloat(hit.top),
          );
        }),
      );
      expect(hitSizes.length).toBeGreaterThan(0);
      // A label at a fractional position measures a few millionths of a pixel short.
      for (const size of hitSizes) expect(size).toBeGreaterThanOrEqual(44 - SUBPIXEL_PX);
      const dropped = page.locator('.marker[data-dimmed="true"]:not([data-selected="true"])');
      const kept = page.locator('.marker[data-dimmed="false"]');
      const droppedBox = (await dropped.first().boundingBox())!;
      const keptBox = (await kept.first().boundingBox())!;
      expect(droppedBox.width).toBeLessThan(keptBox.width);
      await expect(dropped.first().locator('span')).toBeHidden();
    });

    test('phone: a two-finger pinch zooms the camera', async ({ page, context }) => {
      await openAtlas(page);
      await waitForScene(page);
      const canvas = page.locator('.body-stage__canvas canvas');
      const before = Number(await canvas.getAttribute('data-camera-distance'));
      expect(before).toBeGreaterThan(0);
      const start = 30;
      const end = 110;
      const spot = await clearSpotForFingers(page, end);
      expect(spot, 'no clear spot on the canvas for a pinch').not.toBeNull();
      const cdp = await context.newCDPSession(page);
      const fingers = (apart: number) => [
        { x: spot!.x - apart, y: spot!.y, id: 0 },
        { x: spot!.x + apart, y: spot!.y, id: 1 },
      ];
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: fingers(start),
      });
      for (let apart = start; apart <= end; apart += 10)
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: fingers(apart),
        });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      // The pinch may already be over by now: a short look for the move, then wait for rest.
      await page
        .waitForSelector('.body-stage__canvas canvas[data-camera="moving"]', {
          state: 'attached',
          timeout: 5000,
        })
        .catch(() => undefined);
      await waitForStillCamera(page);
      const after = Number(await canvas.getAttribute('data-camera-distance'));
      expect(after, 'fingers spread apart bring the camera closer').toBeLessThan(before);
    });

    test('phone: the sheet is a labelled region that a keyboard opens, walks and closes', async ({
      page,
    }) => {
      await openAtlas(page);
      await waitForScene(page);
      const sheet = page.getByRole('region', { name: 'Find a point' });
      await expect(sheet).toHaveAttribute('data-size', 'peek');
      const handle = sheet.locator('.sheet__handle');
      await handle.focus();
      await page.keyboard.press('Enter');
      await expect(sheet).toHaveAttribute('data-size', 'half');
      await expect(handle).toHaveAttribute('aria-expanded', 'true');
      // The list is now in the tab order: Tab from the quick filter reaches the filters.
      const first = sheet.locator('[data-testid="point-list"] li button').first();
      const point = (await first.locator('.point-number').textContent())?.trim();
      await first.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => pointInLink(page)).toBe(point);
      await page.getByRole('button', { name: /^Next: point/ }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => pointInLink(page)).not.toBe(point);
      await handle.focus();
      await page.keyboard.press('Enter');
      await expect(sheet).toHaveAttribute('data-size', 'full');
      await page.keyboard.press('Enter');
      await expect(sheet).toHaveAttribute('data-size', 'peek');
      // At its header only, what lies below is out of the tab order.
      await expect(sheet.locator('.sheet__body')).toHaveAttribute('inert');
    });

    test('phone: the notice opens on a tap, and "When not to massage" opens at its top, fits, and gives focus back', async ({
      page,
    }) => {
      await openAtlas(page);
      const summary = page.locator('.evidence-notice__summary');
      await expect(summary).toHaveAttribute('aria-expanded', 'false');
      await summary.tap();
      await expect(summary).toHaveAttribute('aria-expanded', 'true');
      const opener = page.getByRole('button', { name: 'When not to massage' });
      await opener.tap();
      const dialog = page.getByRole('dialog', { name: 'When not to massage' });
      await expect(dialog).toBeVisible();
      const box = (await dialog.boundingBox())!;
      const { width, height } = viewportOf(page);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      await expect.poll(() => dialog.evaluate((element) => element.scrollTop)).toBe(0);
      const title = (await dialog
        .getByRole('heading', { name: 'When not to massage' })
        .boundingBox())!;
      expect(title.y).toBeGreaterThanOrEqual(box.y);
      await expect
        .poll(() => dialog.evaluate((element) => element.contains(document.activeElement)))
        .toBe(true);
      await page.keyboard.press('Escape');
      await expect(opener).toBeFocused();
    });

    test('phone: turning it on its side keeps the chosen point', async ({ page }) => {
      await openAtlas(page);
      await waitForScene(page);
      const chosen = SELF_NAMED_NUMBERS[0]!;
      await openSheet(page);
      await page.locator(`[data-testid="point-list"] [data-point="${chosen}"] button`).tap();
      await waitForStillCamera(page);
      const { width, height } = viewportOf(page);
      await page.setViewportSize({ width: height, height: width });
      await expect(page.locator('.workspace[data-layout="compact"]')).toBeAttached();
      await waitForStillCamera(page);
      await expect.poll(() => pointInLink(page)).toBe(String(chosen));
      await expect(page.getByTestId('point-details')).toBeVisible();
      await selectedLabelBox(page, chosen);
    });

    test('phone: the quiz scores a finger tap on the body', async ({ page }) => {
      await openAtlas(page, '?mode=quiz');
      await expect(page.locator('[data-testid="quiz"][data-body-answers="on"]')).toBeVisible();
      await waitForScene(page);
      const visible = await visibleCanvas(page);
      // The camera's target (the middle of the body) sits in the middle of the visible part.
      await page.touchscreen.tap(
        (visible.left + visible.right) / 2,
        (visible.top + visible.bottom) / 2,
      );
      const verdict = page.getByTestId('quiz-feedback').locator('.quiz__verdict');
      await expect(verdict).toHaveText(/correct$|not quite$/);
    });
  });

  test.describe(() => {
    test.use(SMALL_PHONE_LANDSCAPE.options);

    test('small phone on its side: the notes and view buttons keep apart, in explore and the routine', async ({
      page,
    }) => {
      await openAtlas(page, '?point=3');
      await waitForScene(page);
      await page.getByRole('switch', { name: 'Show the posture' }).tap();
      await waitForStillCamera(page);
      await expect(page.getByTestId('posture-caption')).toBeVisible();
      await expectTidyOverlays(page);
      await page.screenshot({ path: `${SCREENSHOTS}/667x375-point.png` });
      // The routine's stage is a strip above its panel here, lower than the views' column.
      await openAtlas(page, '?mode=routine&points=3');
      await waitForScene(page);
      await expect.poll(() => overlayClashes(page)).toEqual([]);
      // The view buttons, whole on the strip (the posture switch's box may reach past its foot).
      await expect.poll(() => overlaysOutOfStage(page, '.view-toolbar__group')).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/667x375-routine.png` });
    });
  });

  test.describe(() => {
    test.use(TABLET_LANDSCAPE.options);

    test('tablet on its side: Present fits without scrolling and shows the body', async ({
      page,
    }) => {
      await openAtlas(page, '?mode=present');
      await waitForScene(page);
      await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await expect.poll(() => verticalOverflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SCREENSHOTS}/1024x768-present.png` });
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
