import { PHONE as PHONE_DEVICE } from './support/devices';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET } from '../data/full-dataset';
import { CORRECT_WITHIN_FINGER_WIDTHS } from '../data/quiz';
import { createAtlasServer } from '../server/app';
import { browserAvailable, launchSharedBrowser, TESTS_REDUCE_MOTION } from './support/browser';
import { startBuiltApp, type RunningServer } from './support/server';
import {
  markerCentre,
  skinPixelBounds,
  waitForScene,
  waitForStillCamera,
} from './support/scene-page';
import { axeViolations } from './support/axe';

const SHOTS = process.env.CLASS_SHOTS ?? 'test-results/screenshots/class';
const TEACHER = { viewport: { width: 1920, height: 1080 }, reducedMotion: TESTS_REDUCE_MOTION };
const PHONE = PHONE_DEVICE.options;
/** Points on the front of the belly: in view from the opening camera, where a student taps. */
const FRONT_POINTS = DATASET.points
  .filter((point) => point.region === 'abdomen-pelvis')
  .map((point) => point.number);

/** How far down the body, as a part of its height on screen, B taps: the crown of the head. */
const TOP_OF_HEAD = 0.03;

/** Three WebGL pages in software on a shared two-core machine, and a server restart. */
const CLASS_RUN_TIMEOUT_MS = 300_000;

const pointOf = (page: Page) => new URL(page.url()).searchParams.get('point');

async function waitForPoint(page: Page, point: string | null) {
  await page.waitForFunction(
    (expected) => new URLSearchParams(window.location.search).get('point') === expected,
    point,
  );
}

async function openLive(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-atlas-live] .atlas');
  return page;
}

async function joinAsStudent(browser: Browser, joinUrl: string) {
  const context = await browser.newContext(PHONE);
  const page = await openLive(context, joinUrl);
  await page.locator('[data-testid="student-bar"][data-connection="live"]').waitFor();
  return { context, page };
}

/** A visible marker of one of the belly points on the student's screen, and which point. */
async function visibleFrontMarker(page: Page) {
  const shown = page.locator('.marker[data-hidden="false"]');
  for (const marker of await shown.all()) {
    const point = Number(await marker.getAttribute('data-point'));
    const side = (await marker.getAttribute('data-side')) ?? '';
    if (!FRONT_POINTS.includes(point)) continue;
    const centre = await markerCentre(page, point, side);
    if (centre !== null) return { point, centre };
  }
  throw new Error('no belly marker is in view');
}

describe.skipIf(!browserAvailable())('the class follows the teacher, against the real hub', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startBuiltApp();
    browser = await launchSharedBrowser();
  });
  /** Whether `server` is running (the first test stops and restarts it). */
  let restarted = true;
  afterAll(async () => {
    await browser?.close();
    if (restarted) await server?.stop();
  });

  it(
    'shares, follows, lets a student look away and back, and plays a class quiz',
    async () => {
      const teacherContext = await browser.newContext(TEACHER);
      const teacher = await openLive(teacherContext, new URL('?mode=present', server.url).href);
      await teacher.getByRole('button', { name: 'Share with the class' }).click();
      const address = (await teacher.getByTestId('class-address').textContent()) ?? '';
      const joinUrl = new URL(address);
      expect(joinUrl.searchParams.get('join')).toMatch(/^[a-z2-9]{16}$/);
      expect(joinUrl.search, 'the student address carries the class code only').toBe(
        `?join=${joinUrl.searchParams.get('join')}`,
      );
      const qr = await teacher.getByTestId('class-qr').boundingBox();
      expect(qr!.width, 'a QR code large enough to scan from the back of a room').toBeGreaterThan(
        TEACHER.viewport.height / 3,
      );

      const a = await joinAsStudent(browser, joinUrl.href);
      const b = await joinAsStudent(browser, joinUrl.href);
      await teacher
        .getByTestId('class-students')
        .filter({ hasText: /^2 students$/ })
        .waitFor();
      await waitForScene(teacher);
      await teacher.screenshot({ path: `${SHOTS}/teacher-share-1920.png` });
      expect(await axeViolations(teacher)).toEqual([]);

      // The class quiz first, while everyone sees the whole body: A taps a belly point's marker,
      // B the top of the head, far from any belly point.
      await waitForScene(a.page);
      await waitForScene(b.page);
      const target = await visibleFrontMarker(a.page);
      const head = await skinPixelBounds(b.page);
      const stageB = await b.page.getByTestId('body-stage').boundingBox();
      await teacher.getByRole('button', { name: 'Hide the code' }).click();
      await teacher.getByLabel('Ask the class to find').selectOption(String(target.point));
      await teacher.getByRole('button', { name: 'Ask', exact: true }).click();
      for (const student of [a, b])
        await student.page.locator('[data-testid="student-quiz"][data-status="open"]').waitFor();
      expect(
        await a.page.locator('.marker:not([data-hidden="true"])').count(),
        'no answer shown',
      ).toBe(0);
      await a.page.touchscreen.tap(target.centre.x, target.centre.y);
      // The screenshot's pixels are device pixels: back to CSS pixels.
      const scale = head.width / stageB!.width;
      await b.page.touchscreen.tap(
        stageB!.x + (head.left + head.right) / 2 / scale,
        stageB!.y + (head.top + (head.bottom - head.top) * TOP_OF_HEAD) / scale,
      );
      for (const student of [a, b])
        await student.page.getByText('Answer sent. Wait for the teacher to reveal.').waitFor();
      await a.page.screenshot({ path: `${SHOTS}/student-answered-390.png` });
      await teacher
        .getByTestId('class-answered')
        .filter({ hasText: /^2 answered$/ })
        .waitFor();
      await teacher.getByRole('button', { name: 'Reveal the answers' }).click();
      await teacher.locator('canvas[data-tap-dots="2"]').waitFor({ state: 'attached' });
      // Measured once the teacher's body has the point's markers in the scene.
      await teacher
        .getByTestId('class-result')
        .filter({
          hasText: `1 of 2 taps (50%) within ${CORRECT_WITHIN_FINGER_WIDTHS} finger-widths of the point`,
        })
        .waitFor();
      await b.page.locator('canvas[data-tap-dots="2"]').waitFor({ state: 'attached' });
      await waitForStillCamera(teacher);
      await teacher.screenshot({ path: `${SHOTS}/teacher-reveal-1920.png` });
      await waitForStillCamera(b.page);
      await b.page.screenshot({ path: `${SHOTS}/student-reveal-390.png` });
      await teacher.getByRole('button', { name: 'Close the question' }).click();

      // Following: the teacher steps on, both students show the same point.
      await teacher.keyboard.press('PageDown');
      const first = pointOf(teacher);
      expect(first).not.toBeNull();
      await Promise.all([waitForPoint(a.page, first), waitForPoint(b.page, first)]);

      // A student's own step moves only that student, and "Follow the teacher" brings them back.
      await a.page.keyboard.press('PageDown');
      await a.page.locator('[data-testid="student-bar"][data-following="false"]').waitFor();
      expect(pointOf(a.page)).not.toBe(first);
      expect(pointOf(teacher), 'a student never drives the teacher').toBe(first);
      await a.page.screenshot({ path: `${SHOTS}/student-looking-around-390.png` });
      expect(await axeViolations(a.page)).toEqual([]);
      await a.page.getByRole('button', { name: 'Follow the teacher' }).tap();
      await waitForPoint(a.page, first);
      await a.page.locator('[data-testid="student-bar"][data-following="true"]').waitFor();

      // B turns the body away; the teacher's next point brings B back too.
      await b.page.getByRole('button', { name: 'Back view' }).tap();
      await b.page.locator('[data-testid="student-bar"][data-following="false"]').waitFor();
      await teacher.keyboard.press('PageDown');
      const second = pointOf(teacher);
      expect(second).not.toBe(first);
      await Promise.all([waitForPoint(a.page, second), waitForPoint(b.page, second)]);
      await b.page.locator('[data-testid="student-bar"][data-following="true"]').waitFor();
      await waitForStillCamera(b.page);
      await b.page.screenshot({ path: `${SHOTS}/student-following-390.png` });

      // A reload of the teacher's page takes the same class back.
      await teacher.reload();
      await teacher.locator('[data-testid="class-share"][data-connection="live"]').waitFor();
      await teacher
        .getByTestId('class-students')
        .filter({ hasText: /^2 students$/ })
        .waitFor();

      // The server restarts mid-lesson: students see "Reconnecting…", then follow again.
      const port = Number(new URL(server.url).port);
      restarted = false;
      await server.stop();
      await a.page.locator('[data-testid="student-bar"][data-connection="reconnecting"]').waitFor();
      expect(await a.page.getByTestId('student-status').textContent()).toMatch(/^Reconnecting…/);
      await a.page.screenshot({ path: `${SHOTS}/student-reconnecting-390.png` });
      server = await startBuiltApp({ port });
      restarted = true;
      for (const student of [a, b])
        await student.page
          .locator('[data-testid="student-bar"][data-connection="live"]')
          .waitFor({ timeout: 30_000 });
      await teacher.keyboard.press('PageDown');
      const third = pointOf(teacher);
      await Promise.all([waitForPoint(a.page, third), waitForPoint(b.page, third)]);

      // The teacher ends the class: every student is told, and keeps a usable atlas.
      await teacher.getByRole('button', { name: 'End the class' }).click();
      await teacher.getByRole('button', { name: 'Share with the class' }).waitFor();
      for (const student of [a, b]) {
        await student.page
          .locator('[data-testid="student-bar"][data-connection="ended"]')
          .waitFor();
        expect(await student.page.getByTestId('student-status').textContent()).toMatch(
          /^The class has ended/,
        );
      }
      await b.page.screenshot({ path: `${SHOTS}/student-ended-390.png` });
      await Promise.all([teacherContext.close(), a.context.close(), b.context.close()]);
    },
    CLASS_RUN_TIMEOUT_MS,
  );

  it('tells a student with an unknown or malformed code, and leaves the atlas working', async () => {
    const context = await browser.newContext(PHONE);
    const unknown = await openLive(context, new URL('?join=abcdefghijkmnpqr', server.url).href);
    await unknown.getByText(/No class is running with this code/).waitFor();
    await unknown.getByRole('button', { name: 'Dismiss' }).waitFor();
    expect(await unknown.getByText(/is not known and was ignored/).count()).toBe(0);
    await unknown.screenshot({ path: `${SHOTS}/student-unknown-code-390.png` });
    const malformed = await openLive(context, new URL('?join=nope&point=8', server.url).href);
    await malformed.getByText(/The class code in this link is not valid/).waitFor();
    expect(pointOf(malformed), 'the rest of the link still applies').toBe('8');
    await context.close();
  });

  it('shows "Share with the class" only where the server has a class hub', async () => {
    const context = await browser.newContext(TEACHER);
    const withHub = await openLive(context, server.url);
    await withHub.locator('html[data-class-hub="present"]').waitFor({ state: 'attached' });
    await withHub.getByRole('button', { name: 'Share with the class' }).waitFor();

    // The same build served with no class hub, as a plain static host would: /api/class is 404.
    const root = fileURLToPath(new URL('../../dist', import.meta.url));
    const staticHost = createAtlasServer({ root });
    await new Promise<void>((resolve) => staticHost.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = staticHost.address() as AddressInfo;
      const plain = await openLive(context, `http://127.0.0.1:${port}/`);
      await plain.locator('html[data-class-hub="absent"]').waitFor({ state: 'attached' });
      expect(await plain.getByRole('button', { name: 'Share with the class' }).count()).toBe(0);
      expect(await plain.getByTestId('point-list').locator('li').count()).toBe(
        DATASET.points.length,
      );
    } finally {
      await context.close();
      await new Promise((resolve) => staticHost.close(resolve));
    }
  });
});
