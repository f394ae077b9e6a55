import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listedPointNumbers } from './support/atlas-page';
import { axeViolations } from './support/axe';
import { browserAvailable } from './support/browser';
import {
  launchDeviceBrowser,
  PHONE,
  PHONE_LANDSCAPE,
  SMALL_PHONE_LANDSCAPE,
  TABLET,
  TABLET_LANDSCAPE,
  type TouchDevice,
} from './support/devices';
import { SELF_NAMED_NUMBERS } from './support/expected';
import { waitForScene, waitForStillCamera } from './support/scene-page';
import { startBuiltApp, type RunningServer } from './support/server';

const SCREENSHOTS = 'test-results/screenshots';
/** What the first screen of a phone or tablet may give the notice, and must give the body. */
const NOTICE_MAX_SHARE = 0.15;
const CANVAS_MIN_SHARE = 0.5;
const MODES = ['explore', 'quiz', 'print', 'present'] as const;

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function open(device: TouchDevice, query = ''): Promise<Page> {
  const context = await browser.newContext(device.options);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(new URL(query, server.url).toString());
  await page.waitForSelector('html[data-atlas-live] .atlas');
  return page;
}

const viewportOf = (page: Page) => page.viewportSize()!;

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function boxOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (box === null) throw new Error(`${selector} is not on screen`);
  return box;
}

/** The selected point's label that is on show (of a pair, the one the camera faces). */
async function selectedLabelBox(page: Page, point: number) {
  const label = page.locator(
    `.marker[data-point="${point}"][data-selected="true"][data-hidden="false"]`,
  );
  await label.first().waitFor({ state: 'attached' });
  return boxOf(page, `.marker[data-point="${point}"][data-selected="true"][data-hidden="false"]`);
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
  await page.waitForSelector('[data-testid="bottom-sheet"]:not([data-size="peek"])');
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

describe.skipIf(!browserAvailable())(
  'phones and tablets, in Chromium with device emulation',
  () => {
    beforeAll(async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      server = await startBuiltApp();
      browser = await launchDeviceBrowser();
    });

    afterAll(async () => {
      for (const context of contexts) await context.close();
      await browser?.close();
      await server?.stop();
    });

    for (const device of [PHONE, PHONE_LANDSCAPE, TABLET]) {
      it(`${device.name}: no sideways scrolling in any mode, a one-line notice, the body large`, async () => {
        for (const mode of MODES) {
          const page = await open(device, `?mode=${mode}`);
          await page.waitForLoadState('networkidle');
          expect(await horizontalOverflow(page), `${mode} scrolls sideways`).toBeLessThanOrEqual(0);
          await page.close();
        }
        const page = await open(device);
        await waitForScene(page);
        const { width, height } = viewportOf(page);
        const notice = await boxOf(page, '[data-testid="evidence-notice"]');
        expect(notice.height / height).toBeLessThanOrEqual(NOTICE_MAX_SHARE);
        expect(await page.getByTestId('evidence-notice').innerText()).toMatch(/unverified/i);
        const canvas = await boxOf(page, '.body-stage__canvas canvas');
        expect((canvas.width * canvas.height) / (width * height)).toBeGreaterThanOrEqual(
          CANVAS_MIN_SHARE,
        );
        await page.screenshot({
          path: `${SCREENSHOTS}/${device.options.viewport!.width}x${height}-first.png`,
        });
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });

      it(`${device.name}: self-massage in one tap, then a point from the list shows on the body beside its details`, async () => {
        const page = await open(device);
        await waitForScene(page);
        // One tap from the first screen: the sheet's header on a phone, the pane's chips on a tablet.
        const toggle = page.getByRole('button', { name: 'Named for self-massage' });
        if (await toggle.isVisible()) await toggle.tap();
        else await page.getByLabel('Named for self-massage').tap();
        if (device === PHONE) await openSheet(page);
        expect(await listedPointNumbers(page)).toEqual(SELF_NAMED_NUMBERS);
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
        const headingBox = await heading.boundingBox();
        expect(headingBox).not.toBeNull();
        expect(headingBox!.y).toBeGreaterThanOrEqual(0);
        expect(headingBox!.y + headingBox!.height).toBeLessThanOrEqual(viewportOf(page).height);
        // The posture shown and the view put in words: the notes at their tallest and widest.
        await page.getByRole('switch', { name: 'Show the posture' }).tap();
        await waitForStillCamera(page);
        await page.getByTestId('view-bearings').waitFor();
        await page.getByTestId('posture-caption').waitFor();
        expect(await overlayClashes(page)).toEqual([]);
        expect(await overlaysOutOfStage(page)).toEqual([]);
        expect(await viewButtonsCutShort(page)).toEqual([]);
        await page.screenshot({
          path: `${SCREENSHOTS}/${device.options.viewport!.width}x${viewportOf(page).height}-point.png`,
        });
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }

    it('phone: a finger tap on a marker selects its point', async () => {
      const page = await open(PHONE);
      await waitForScene(page);
      const marker = page.locator('.marker[data-hidden="false"]').first();
      const point = Number(await marker.getAttribute('data-point'));
      const box = (await marker.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForURL((url) => url.searchParams.get('point') === String(point));
      await waitForStillCamera(page);
      expect(
        await page.locator(`.marker[data-point="${point}"][data-selected="true"]`).count(),
      ).toBeGreaterThan(0);
      await page.close();
    });

    it('phone: marker hit areas are a fingertip wide, and dropped points shrink to unnumbered dots', async () => {
      const page = await open(PHONE, '?self=named');
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
      for (const size of hitSizes) expect(size).toBeGreaterThanOrEqual(44);
      const dropped = page.locator('.marker[data-dimmed="true"]:not([data-selected="true"])');
      const kept = page.locator('.marker[data-dimmed="false"]');
      const droppedBox = (await dropped.first().boundingBox())!;
      const keptBox = (await kept.first().boundingBox())!;
      expect(droppedBox.width).toBeLessThan(keptBox.width);
      expect(await dropped.first().locator('span').isVisible()).toBe(false);
      await page.close();
    });

    it('phone: a two-finger pinch zooms the camera', async () => {
      const page = await open(PHONE);
      await waitForScene(page);
      const canvas = page.locator('.body-stage__canvas canvas');
      const before = Number(await canvas.getAttribute('data-camera-distance'));
      expect(before).toBeGreaterThan(0);
      const start = 30;
      const end = 110;
      const spot = await clearSpotForFingers(page, end);
      expect(spot, 'no clear spot on the canvas for a pinch').not.toBeNull();
      const cdp = await page.context().newCDPSession(page);
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
      await page
        .waitForSelector('.body-stage__canvas canvas[data-camera="moving"]', {
          state: 'attached',
          timeout: 5000,
        })
        .catch(() => undefined);
      await waitForStillCamera(page);
      const after = Number(await canvas.getAttribute('data-camera-distance'));
      expect(after, 'fingers spread apart bring the camera closer').toBeLessThan(before);
      await page.close();
    });

    it('phone: the sheet is a labelled region that a keyboard opens, walks and closes', async () => {
      const page = await open(PHONE);
      await waitForScene(page);
      const sheet = page.getByRole('region', { name: 'Find a point' });
      expect(await sheet.getAttribute('data-size')).toBe('peek');
      const handle = sheet.locator('.sheet__handle');
      await handle.focus();
      await page.keyboard.press('Enter');
      expect(await sheet.getAttribute('data-size')).toBe('half');
      expect(await handle.getAttribute('aria-expanded')).toBe('true');
      // The list is now in the tab order: Tab from the quick filter reaches the filters.
      const first = sheet.locator('[data-testid="point-list"] li button').first();
      const point = await first.locator('.point-number').textContent();
      await first.focus();
      await page.keyboard.press('Enter');
      expect(new URL(page.url()).searchParams.get('point')).toBe(point?.trim());
      await page.getByRole('button', { name: /^Next: point/ }).focus();
      await page.keyboard.press('Enter');
      expect(new URL(page.url()).searchParams.get('point')).not.toBe(point?.trim());
      await handle.focus();
      await page.keyboard.press('Enter');
      expect(await sheet.getAttribute('data-size')).toBe('full');
      await page.keyboard.press('Enter');
      expect(await sheet.getAttribute('data-size')).toBe('peek');
      // At its header only, what lies below is out of the tab order.
      expect(await sheet.locator('.sheet__body').getAttribute('inert')).not.toBeNull();
      await page.close();
    });

    it('phone: the notice opens on a tap, and "When not to massage" opens at its top, fits, and gives focus back', async () => {
      const page = await open(PHONE);
      const summary = page.locator('.evidence-notice__summary');
      expect(await summary.getAttribute('aria-expanded')).toBe('false');
      await summary.tap();
      expect(await summary.getAttribute('aria-expanded')).toBe('true');
      const opener = page.getByRole('button', { name: 'When not to massage' });
      await opener.tap();
      const dialog = page.getByRole('dialog', { name: 'When not to massage' });
      await dialog.waitFor();
      const box = (await dialog.boundingBox())!;
      const { width, height } = viewportOf(page);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      expect(await dialog.evaluate((element) => element.scrollTop)).toBe(0);
      const title = (await dialog
        .getByRole('heading', { name: 'When not to massage' })
        .boundingBox())!;
      expect(title.y).toBeGreaterThanOrEqual(box.y);
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(
        true,
      );
      await page.keyboard.press('Escape');
      expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.close();
    });

    it('small phone on its side: the notes and view buttons keep apart, in explore and the routine', async () => {
      const page = await open(SMALL_PHONE_LANDSCAPE, '?point=3');
      await waitForScene(page);
      await page.getByRole('switch', { name: 'Show the posture' }).tap();
      await waitForStillCamera(page);
      await page.getByTestId('posture-caption').waitFor();
      expect(await overlayClashes(page)).toEqual([]);
      expect(await overlaysOutOfStage(page)).toEqual([]);
      expect(await viewButtonsCutShort(page)).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/667x375-point.png` });
      // The routine's stage is a strip above its panel here, lower than the views' column.
      await page.goto(new URL('?mode=routine&points=3', server.url).toString());
      await waitForScene(page);
      expect(await overlayClashes(page)).toEqual([]);
      // The view buttons, whole on the strip (the posture switch's box may reach past its foot).
      expect(await overlaysOutOfStage(page, '.view-toolbar__group')).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/667x375-routine.png` });
      await page.close();
    });

    it('phone: turning it on its side keeps the chosen point', async () => {
      const page = await open(PHONE);
      await waitForScene(page);
      const chosen = SELF_NAMED_NUMBERS[0]!;
      await openSheet(page);
      await page.locator(`[data-testid="point-list"] [data-point="${chosen}"] button`).tap();
      await waitForStillCamera(page);
      const { width, height } = viewportOf(page);
      await page.setViewportSize({ width: height, height: width });
      await page.waitForSelector('.workspace[data-layout="compact"]');
      await waitForStillCamera(page);
      expect(new URL(page.url()).searchParams.get('point')).toBe(String(chosen));
      expect(await page.getByTestId('point-details').isVisible()).toBe(true);
      await selectedLabelBox(page, chosen);
      await page.close();
    });

    it('phone: the quiz scores a finger tap on the body', async () => {
      const page = await open(PHONE, '?mode=quiz');
      await page.locator('[data-testid="quiz"][data-body-answers="on"]').waitFor();
      await waitForScene(page);
      const visible = await visibleCanvas(page);
      // The camera's target (the middle of the body) sits in the middle of the visible part.
      await page.touchscreen.tap(
        (visible.left + visible.right) / 2,
        (visible.top + visible.bottom) / 2,
      );
      const verdict = page.getByTestId('quiz-feedback').locator('.quiz__verdict');
      await verdict.waitFor();
      expect(await verdict.textContent()).toMatch(/correct$|not quite$/);
      await page.close();
    });

    it('tablet on its side: Present fits without scrolling and shows the body', async () => {
      const page = await open(TABLET_LANDSCAPE, '?mode=present');
      await waitForScene(page);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(
        await page.evaluate(() => document.documentElement.scrollHeight - innerHeight),
      ).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SCREENSHOTS}/1024x768-present.png` });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  },
);
