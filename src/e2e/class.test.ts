import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { createAtlasServer } from '../server/app';
import { openAtlas, watchForeignRequests } from './support/atlas-page';
import { axeViolations } from './support/axe';
import { TESTS_REDUCE_MOTION } from './support/browser';
import { DATASET } from './support/dataset';
import { PHONE as PHONE_DEVICE } from './support/devices';
import { expect, test } from './support/fixtures';
import {
  markerCentre,
  skinPixelBounds,
  waitForScene,
  waitForStillCamera,
} from './support/scene-page';
import { decodePng, rgbAt } from './support/png-pixels';
import { startBuiltApp } from './support/server';
import { call } from '../server/testing/hub';
import { BODY_LANDMARKS } from './support/body-landmarks';
import { LENS } from '../scene/camera/lens';

const SHOTS = process.env.CLASS_SHOTS ?? 'test-results/screenshots/class';
const TEACHER = { viewport: { width: 1920, height: 1080 }, reducedMotion: TESTS_REDUCE_MOTION };
const PHONE = PHONE_DEVICE.options;
/** Points on the front of the belly: in view from the opening camera, where a student taps. */
const FRONT_POINTS = DATASET.points
  .filter((point) => point.region === 'abdomen-pelvis')
  .map((point) => point.number);

/** How far down the skin the phone shows, as a part of its height, B taps: near its top. */
const TOP_OF_VIEW = 0.03;

/** Three WebGL pages in software on a shared two-core machine, and a server restart. */
const CLASS_RUN_TIMEOUT_MS = 300_000;

const pointOf = (page: Page) => new URL(page.url()).searchParams.get('point');

async function waitForPoint(page: Page, point: string | null) {
  await page.waitForFunction(
    (expected) => new URLSearchParams(window.location.search).get('point') === expected,
    point,
  );
}

/** Steps the teacher on with PageDown, and returns the point the teacher's address then names. */
async function stepOn(teacher: Page): Promise<string | null> {
  const before = pointOf(teacher);
  await teacher.keyboard.press('PageDown');
  await expect(teacher).toHaveURL((url) => url.searchParams.get('point') !== before);
  return pointOf(teacher);
}

/**
 * The devices of a class, each a browser context of its own (its own storage, as on separate
 * machines), each watched for requests beyond the app's origin. Closed by `close`.
 */
function classDevices(browser: Browser, appUrl: string) {
  const contexts: BrowserContext[] = [];
  const watched: string[][] = [];
  return {
    /** Every request the devices made beyond the app's origin. */
    foreign: () => watched.flat(),
    async open(options: BrowserContextOptions, url: string): Promise<Page> {
      const context = await browser.newContext(options);
      contexts.push(context);
      watched.push(watchForeignRequests(context, appUrl));
      return openAtlas(await context.newPage(), url);
    },
    close: () => Promise.all(contexts.map((context) => context.close())),
  };
}

async function joinAsStudent(devices: ReturnType<typeof classDevices>, joinUrl: string) {
  const page = await devices.open(PHONE, joinUrl);
  await page.locator('[data-testid="student-bar"][data-connection="live"]').waitFor();
  return { page };
}

/**
 * A teacher presenting on the projector (`query` added to `?mode=present`) shares the class,
 * hides the code, and one phone joins by the address it showed; with the class's code.
 */
async function startSharedClass(
  devices: ReturnType<typeof classDevices>,
  appUrl: string,
  query = '',
) {
  const teacher = await devices.open(TEACHER, new URL(`?mode=present${query}`, appUrl).href);
  await teacher.getByRole('button', { name: 'Share with the class' }).click();
  const address = (await teacher.getByTestId('class-address').textContent()) ?? '';
  await teacher.getByRole('button', { name: 'Hide the code' }).click();
  const student = await joinAsStudent(devices, new URL(address).href);
  return { teacher, student, code: new URL(address).searchParams.get('join') ?? '' };
}

/** Lowers a phone's panel to its smallest, as a student does to see the whole body. */
async function lowerSheet(page: Page) {
  const sheet = page.getByTestId('bottom-sheet');
  for (let press = 0; press < 2; press++) {
    if ((await sheet.getAttribute('data-size')) === 'peek') return;
    await sheet.locator('.sheet__handle').tap();
  }
  await expect(sheet).toHaveAttribute('data-size', 'peek');
}

/** Pixels of the pen's ink (a hot pink no marker, zone or tap uses) in the 3D area. */
async function penInkPixels(page: Page): Promise<number> {
  const stage = page.getByTestId('body-stage');
  const pixels = await decodePng(page, await stage.screenshot());
  let ink = 0;
  for (let y = 0; y < pixels.height; y++)
    for (let x = 0; x < pixels.width; x++) {
      const [red, green, blue] = rgbAt(pixels, x, y);
      if (red > 190 && green < 70 && blue > 70 && blue < 170) ink++;
    }
  return ink;
}

/**
 * Where the chosen point itself is on screen, whichever side is in view: under (or over) its
 * pin, which the view lifts off the point by the pin's own CSS translation.
 */
async function chosenPointSpot(page: Page, point: number) {
  for (const side of ['left', 'right', 'midline']) {
    const centre = await markerCentre(page, point, side);
    if (centre === null) continue;
    const [, lift] = await page
      .locator(`.marker[data-point="${point}"][data-side="${side}"]`)
      .evaluate((element) => getComputedStyle(element).translate.split(' ').map(parseFloat));
    return { x: centre.x, y: centre.y - (lift ?? 0) };
  }
  throw new Error(`no marker of point ${point} is in view`);
}

/**
 * How many CSS pixels a finger-width spans at the camera's target, from the distance the view
 * reports at rest and the lens: what a tap has to aim within.
 */
async function fingerWidthPx(page: Page): Promise<number> {
  const canvas = page.locator('.body-stage__canvas canvas');
  const distance = Number(await canvas.getAttribute('data-camera-distance'));
  const { height } = (await canvas.boundingBox())!;
  const focalPx = height / 2 / Math.tan((LENS.fovDegrees * Math.PI) / 360);
  return (focalPx * BODY_LANDMARKS.fingerWidthM) / distance;
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

test.describe('the class follows the teacher, against the real hub', () => {
  test('the teacher’s pen and pointer reach a following student’s phone, and go with the point', async ({
    browser,
  }) => {
    test.setTimeout(CLASS_RUN_TIMEOUT_MS);
    const server = await startBuiltApp();
    const devices = classDevices(browser, server.url);
    try {
      const { teacher, student } = await startSharedClass(devices, server.url, '&point=10');
      await waitForPoint(student.page, '10');
      await waitForScene(teacher);
      await waitForScene(student.page);
      const teacherCanvas = teacher.locator('.body-stage__canvas canvas');
      const studentCanvas = student.page.locator('.body-stage__canvas canvas');

      // A stroke across the middle of the projected body, where point 10 is framed.
      await teacher.getByRole('button', { name: 'Pen', exact: true }).click();
      await expect(teacherCanvas).toHaveAttribute('data-pen', 'pen');
      const box = (await teacherCanvas.boundingBox())!;
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      const distanceBefore = await teacherCanvas.getAttribute('data-camera-distance');
      await teacher.mouse.move(x - 80, y - 30);
      await teacher.mouse.down();
      for (let step = 1; step <= 20; step++) await teacher.mouse.move(x - 80 + step * 8, y - 30);
      await teacher.mouse.up();
      await expect(teacherCanvas).toHaveAttribute('data-pen-strokes', '1');
      // Drawing is not turning: the teacher's view stayed where it was.
      await expect(teacherCanvas).toHaveAttribute('data-camera', 'still');
      expect(await teacherCanvas.getAttribute('data-camera-distance')).toBe(distanceBefore);
      expect(await teacher.evaluate(() => window.location.search)).toContain('point=10');
      await expect(studentCanvas).toHaveAttribute('data-pen-strokes', '1', { timeout: 15_000 });
      await lowerSheet(student.page);
      await waitForStillCamera(student.page);
      const ink = await penInkPixels(student.page);
      expect(ink, 'the stroke drawn on the student’s phone').toBeGreaterThan(40);
      await student.page.screenshot({ path: `${SHOTS}/student-pen-phone.png` });

      // The pointer follows the teacher's mouse on the phone too; the pen is put down.
      await teacher.getByRole('button', { name: 'Pointer', exact: true }).click();
      await teacher.mouse.move(x + 20, y + 20);
      await teacher.mouse.move(x + 24, y + 22);
      await expect(studentCanvas).toHaveAttribute('data-pen-pointer', 'true', { timeout: 15_000 });

      // Clear wipes the drawing on the phone too; the point stays.
      await teacher.getByRole('button', { name: 'Pointer', exact: true }).click();
      await expect(studentCanvas).toHaveAttribute('data-pen-pointer', 'false', { timeout: 15_000 });
      await teacher.getByRole('button', { name: 'Clear' }).click();
      // Nothing left to draw: the phone drops its drawing layer, and its count with it.
      await expect(studentCanvas).not.toHaveAttribute('data-pen-strokes', /[1-9]/, {
        timeout: 15_000,
      });
      // The next point is a clean page, for the teacher and the class.
      await teacher.getByRole('button', { name: 'Pen', exact: true }).click();
      // The same stroke again: it starts on skin, clear of the point's pins.
      await teacher.mouse.move(x - 80, y - 30);
      await teacher.mouse.down();
      for (let step = 1; step <= 20; step++) await teacher.mouse.move(x - 80 + step * 8, y - 30);
      await teacher.mouse.up();
      await expect(teacherCanvas).toHaveAttribute('data-pen-strokes', '1');
      await expect(studentCanvas).toHaveAttribute('data-pen-strokes', '1', { timeout: 15_000 });
      await teacher.getByRole('button', { name: 'Pen', exact: true }).click();
      await stepOn(teacher);
      await expect(teacherCanvas).toHaveAttribute('data-pen-strokes', '0');
      await expect(studentCanvas).not.toHaveAttribute('data-pen-strokes', /[1-9]/, {
        timeout: 15_000,
      });
      expect(devices.foreign()).toEqual([]);
    } finally {
      await devices.close();
      await server.stop();
    }
  });

  test('with ten or more answers the projector shades where the taps crowd', async ({
    browser,
  }) => {
    test.setTimeout(CLASS_RUN_TIMEOUT_MS);
    const server = await startBuiltApp();
    const devices = classDevices(browser, server.url);
    try {
      const { teacher, student, code } = await startSharedClass(devices, server.url);
      await waitForScene(student.page);
      // Point 15, beside the navel: its part of the body fills the phone's view.
      await teacher.getByLabel('Ask the class to find').selectOption('15');
      await teacher.getByRole('button', { name: 'Ask', exact: true }).click();
      await student.page.locator('[data-testid="student-quiz"][data-status="open"]').waitFor();
      await waitForStillCamera(student.page);
      // The student taps the middle of the skin the phone shows (the point's part of the body).
      const skin = await skinPixelBounds(student.page);
      const stage = (await student.page.getByTestId('body-stage').boundingBox())!;
      const scale = skin.width / stage.width;
      await student.page.touchscreen.tap(
        stage.x + (skin.left + skin.right) / 2 / scale,
        stage.y + (skin.top + skin.bottom) / 2 / scale,
      );
      await expect(
        student.page.getByText('Answer sent. Wait for the teacher to reveal.'),
      ).toBeVisible();
      const own = JSON.parse(
        (await student.page.evaluate(() => sessionStorage.getItem('atlas.class.own-tap'))) ?? '{}',
      ) as { questionId: string; position: [number, number, number] };
      // Eleven more devices answer close by, each from an address of its own.
      const { origin, port } = new URL(server.url);
      for (let device = 0; device < 11; device++) {
        const angle = (device / 11) * 2 * Math.PI;
        const nudge = 0.004 * (1 + (device % 3));
        const position = [
          own.position[0] + Math.cos(angle) * nudge,
          own.position[1] + Math.sin(angle) * nudge,
          own.position[2],
        ];
        const reply = await call(Number(port), {
          path: `/api/class/sessions/${code}/answers`,
          body: { questionId: own.questionId, clientId: `device-${device}-abc`, tap: { position } },
          headers: { Origin: origin },
          localAddress: `127.0.0.${20 + device}`,
        });
        expect(reply.status).toBe(201);
      }
      await expect(teacher.getByTestId('class-answered')).toHaveText(/^12 answered$/);
      await teacher.getByRole('button', { name: 'Reveal the answers' }).click();
      const canvas = teacher.locator('.body-stage__canvas canvas');
      await expect(canvas).toHaveAttribute('data-tap-dots', '12');
      await expect(canvas).toHaveAttribute('data-tap-density', '12');
      // The phone shows its own answer among the class's, with no density map of its own.
      await expect(student.page.locator('.body-stage__canvas canvas')).toHaveAttribute(
        'data-tap-dots',
        '12',
      );
      await expect(student.page.locator('.body-stage__canvas canvas')).not.toHaveAttribute(
        'data-tap-density',
        /.*/,
      );
      await waitForStillCamera(teacher);
      await teacher.screenshot({ path: `${SHOTS}/teacher-density-1920.png` });
    } finally {
      await devices.close();
      await server.stop();
    }
  });

  test('shares, follows, lets a student look away and back, and plays a class quiz', async ({
    browser,
  }) => {
    test.setTimeout(CLASS_RUN_TIMEOUT_MS);
    // A server of this test's own: it stops mid-lesson and starts again on the same port.
    let server = await startBuiltApp();
    let serving = true;
    const devices = classDevices(browser, server.url);
    try {
      const teacher = await devices.open(TEACHER, new URL('?mode=present', server.url).href);
      await teacher.getByRole('button', { name: 'Share with the class' }).click();
      const addressShown = teacher.getByTestId('class-address');
      await expect(addressShown).toContainText('?join=');
      const address = (await addressShown.textContent()) ?? '';
      const joinUrl = new URL(address);
      expect(joinUrl.searchParams.get('join')).toMatch(/^[a-z2-9]{16}$/);
      expect(joinUrl.search, 'the student address carries the class code only').toBe(
        `?join=${joinUrl.searchParams.get('join')}`,
      );
      const qr = teacher.getByTestId('class-qr');
      await expect
        .poll(
          async () => (await qr.boundingBox())?.width ?? 0,
          'a QR code large enough to scan from the back of a room',
        )
        .toBeGreaterThan(TEACHER.viewport.height / 3);

      const a = await joinAsStudent(devices, joinUrl.href);
      const b = await joinAsStudent(devices, joinUrl.href);
      await expect(teacher.getByTestId('class-students')).toHaveText(/^2 students$/);
      await waitForScene(teacher);
      await teacher.screenshot({ path: `${SHOTS}/teacher-share-1920.png` });
      expect(await axeViolations(teacher)).toEqual([]);
      // While the class follows, a clicker's stray Esc asks before it leaves Present; Esc again
      // stays.
      await teacher.getByRole('button', { name: 'Hide the code' }).click();
      await teacher.keyboard.press('Escape');
      const leave = teacher.getByRole('dialog', { name: 'Leave the presentation?' });
      await expect(leave).toBeVisible();
      await expect(leave.getByRole('button', { name: 'Stay' })).toBeFocused();
      await teacher.keyboard.press('Escape');
      await expect(leave).toBeHidden();
      await expect(teacher.getByTestId('presentation')).toBeVisible();

      // The class quiz first. Each phone frames the asked point's part of the body, a
      // finger-width as large as a fingertip's aim, with no marker: B taps the top of what it
      // shows, away from the point; A looks the point up in its own atlas and taps it there.
      await waitForScene(a.page);
      await waitForScene(b.page);
      await lowerSheet(a.page);
      await waitForStillCamera(a.page);
      const asked = (await visibleFrontMarker(a.page)).point;
      await teacher.getByLabel('Ask the class to find').selectOption(String(asked));
      await teacher.getByRole('button', { name: 'Ask', exact: true }).click();
      for (const student of [a, b])
        await student.page.locator('[data-testid="student-quiz"][data-status="open"]').waitFor();
      // The question lowers a phone's panel by itself, and frames the asked part at one scale.
      await expect(b.page.getByTestId('bottom-sheet')).toHaveAttribute('data-size', 'peek');
      await waitForStillCamera(b.page);
      expect(await fingerWidthPx(b.page), 'a finger-width on the phone, px').toBeGreaterThan(24);
      await expect(
        b.page.locator('.marker:not([data-hidden="true"])'),
        'no answer shown',
      ).toHaveCount(0);
      await b.page.screenshot({ path: `${SHOTS}/student-asked-390.png` });
      const shown = await skinPixelBounds(b.page);
      const stageB = await b.page.getByTestId('body-stage').boundingBox();
      await a.page.getByTestId('bottom-sheet').locator('.sheet__handle').tap();
      await a.page.locator(`[data-testid="point-list"] > li[data-point="${asked}"] button`).tap();
      await lowerSheet(a.page);
      await waitForStillCamera(a.page);
      const target = await chosenPointSpot(a.page, asked);
      await a.page.touchscreen.tap(target.x, target.y);
      // The screenshot's pixels are device pixels: back to CSS pixels.
      const scale = shown.width / stageB!.width;
      await b.page.touchscreen.tap(
        stageB!.x + (shown.left + shown.right) / 2 / scale,
        stageB!.y + (shown.top + (shown.bottom - shown.top) * TOP_OF_VIEW) / scale,
      );
      for (const student of [a, b])
        await expect(
          student.page.getByText('Answer sent. Wait for the teacher to reveal.'),
        ).toBeVisible();
      await a.page.screenshot({ path: `${SHOTS}/student-answered-390.png` });
      // A student who reloads keeps their answer: no second tap, and it is theirs at the reveal.
      await a.page.reload();
      await a.page.locator('[data-testid="student-quiz"][data-status="open"]').waitFor();
      await expect(a.page.getByText('Answer sent. Wait for the teacher to reveal.')).toBeVisible();
      await expect(teacher.getByTestId('class-answered')).toHaveText(/^2 answered$/);
      await teacher.getByRole('button', { name: 'Reveal the answers' }).click();
      await teacher.locator('canvas[data-tap-dots="2"]').waitFor({ state: 'attached' });
      // Measured once the teacher's body has the point's markers in the scene.
      await expect(teacher.getByTestId('class-result')).toHaveText(
        /^1 of 2 taps \(50%\) inside the zone$/,
      );
      // Each student is told how their own tap did, before the class's figure.
      await expect(a.page.getByTestId('student-quiz')).toContainText('Your tap: inside the zone.');
      await expect(b.page.getByTestId('student-quiz')).toContainText(
        /Your tap: [\d.]+ finger-widths from the point, outside its zone\./,
      );
      await b.page.locator('canvas[data-tap-dots="2"]').waitFor({ state: 'attached' });
      // The teacher keeps the question's taps: a CSV, one row a tap, as the result counted them.
      const [download] = await Promise.all([
        teacher.waitForEvent('download'),
        teacher.getByRole('button', { name: 'Save the results (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^class-quiz-point-\d+-[\dT-]+\.csv$/);
      const bytes = readFileSync((await download.path())!);
      expect([...bytes.subarray(0, 3)], 'a UTF-8 byte-order mark for spreadsheets').toEqual([
        0xef, 0xbb, 0xbf,
      ]);
      const csv = bytes.subarray(3).toString('utf8').trim().split('\r\n');
      expect(csv[0]).toMatch(/^saved_at,point,point_name,tap,/);
      expect(
        csv
          .slice(1)
          .map((row) => row.split(',').at(-1))
          .sort(),
      ).toEqual(['no', 'yes']);
      await waitForStillCamera(teacher);
      await teacher.screenshot({ path: `${SHOTS}/teacher-reveal-1920.png` });
      await waitForStillCamera(b.page);
      await b.page.screenshot({ path: `${SHOTS}/student-reveal-390.png` });
      await teacher.getByRole('button', { name: 'Close the question' }).click();

      // Following: the teacher steps on, both students show the same point.
      const first = await stepOn(teacher);
      expect(first).not.toBeNull();
      await Promise.all([waitForPoint(a.page, first), waitForPoint(b.page, first)]);

      // The teacher presents; a student's phone shows the point in the ordinary atlas, with
      // none of the presenter's buttons (its Next would lead away from the class).
      await expect(a.page.getByTestId('presentation')).toHaveCount(0);
      await expect(a.page.getByRole('group', { name: 'Presentation controls' })).toHaveCount(0);
      await expect(a.page.locator('.point-facts__name').first()).toBeVisible();
      await expect(a.page.getByTestId('student-status')).toHaveText(
        `Following the teacher: point ${first}.`,
      );

      // A student's own step moves only that student, and "Follow the teacher" brings them back.
      await a.page.getByRole('button', { name: /^Next: point/ }).tap();
      await a.page.locator('[data-testid="student-bar"][data-following="false"]').waitFor();
      await expect(a.page).toHaveURL((url) => url.searchParams.get('point') !== first);
      await expect(teacher, 'a student never drives the teacher').toHaveURL(
        (url) => url.searchParams.get('point') === first,
      );
      await a.page.screenshot({ path: `${SHOTS}/student-looking-around-390.png` });
      expect(await axeViolations(a.page)).toEqual([]);
      await a.page.getByRole('button', { name: 'Follow the teacher' }).tap();
      await waitForPoint(a.page, first);
      await a.page.locator('[data-testid="student-bar"][data-following="true"]').waitFor();

      // B turns the body away; the teacher's next point brings B back too.
      await b.page.getByRole('button', { name: 'Back view' }).tap();
      await b.page.locator('[data-testid="student-bar"][data-following="false"]').waitFor();
      const second = await stepOn(teacher);
      expect(second).not.toBe(first);
      await Promise.all([waitForPoint(a.page, second), waitForPoint(b.page, second)]);
      await b.page.locator('[data-testid="student-bar"][data-following="true"]').waitFor();
      await waitForStillCamera(b.page);
      await b.page.screenshot({ path: `${SHOTS}/student-following-390.png` });

      // A reload of the teacher's page takes the same class back, and an open question stays
      // a question: the projector shows no marker, the asked point's least of all.
      await teacher.getByLabel('Ask the class to find').selectOption(second!);
      await teacher.getByRole('button', { name: 'Ask', exact: true }).click();
      await a.page.locator('[data-testid="student-quiz"][data-status="open"]').waitFor();
      // Asked from a chosen point, the teacher's point is put away a moment after the question
      // reaches the phones; a phone keeps its view of the asked part all the same.
      await expect(b.page.getByTestId('student-status')).toHaveText('Following the teacher.');
      await waitForStillCamera(b.page);
      expect(await fingerWidthPx(b.page), 'still the asked scale, px').toBeGreaterThan(24);
      await expect(b.page.locator('.marker:not([data-hidden="true"])')).toHaveCount(0);
      await teacher.reload();
      await teacher.locator('[data-testid="class-share"][data-connection="live"]').waitFor();
      await expect(teacher.getByTestId('class-students')).toHaveText(/^2 students$/);
      await teacher.locator('[data-testid="class-quiz"][data-status="open"]').waitFor();
      await waitForScene(teacher);
      await expect(
        teacher.locator('.marker:not([data-hidden="true"])'),
        'no marker on the projector while the class answers',
      ).toHaveCount(0);
      await teacher.getByRole('button', { name: 'Cancel the question' }).click();
      await teacher.locator('[data-testid="class-quiz"][data-status="none"]').waitFor();

      // The server restarts mid-lesson: students see "Reconnecting…", then follow again.
      const port = Number(new URL(server.url).port);
      serving = false;
      await server.stop();
      await a.page.locator('[data-testid="student-bar"][data-connection="reconnecting"]').waitFor();
      await expect(a.page.getByTestId('student-status')).toHaveText(/^Reconnecting…/);
      await a.page.screenshot({ path: `${SHOTS}/student-reconnecting-390.png` });
      server = await startBuiltApp({ port });
      serving = true;
      for (const student of [a, b])
        await student.page
          .locator('[data-testid="student-bar"][data-connection="live"]')
          .waitFor({ timeout: 30_000 });
      const third = await stepOn(teacher);
      await Promise.all([waitForPoint(a.page, third), waitForPoint(b.page, third)]);

      // The teacher ends the class: every student is told, and keeps a usable atlas.
      await teacher.getByRole('button', { name: 'End the class' }).click();
      await teacher.getByRole('button', { name: 'Share with the class' }).waitFor();
      for (const student of [a, b]) {
        await student.page
          .locator('[data-testid="student-bar"][data-connection="ended"]')
          .waitFor();
        await expect(student.page.getByTestId('student-status')).toHaveText(/^The class has ended/);
      }
      await b.page.screenshot({ path: `${SHOTS}/student-ended-390.png` });
      expect(devices.foreign(), 'requests beyond the app’s own origin').toEqual([]);
    } finally {
      await devices.close();
      if (serving) await server.stop();
    }
  });

  test.describe('on a student’s phone', () => {
    test.use(PHONE);

    test('tells a student with an unknown or malformed code, and leaves the atlas working', async ({
      page,
      context,
    }) => {
      const unknown = await openAtlas(page, '?join=abcdefghijkmnpqr');
      await expect(unknown.getByText(/No class is running with this code/)).toBeVisible();
      await expect(unknown.getByRole('button', { name: 'Dismiss' })).toBeVisible();
      await expect(unknown.getByText(/is not known and was ignored/)).toHaveCount(0);
      await unknown.screenshot({ path: `${SHOTS}/student-unknown-code-390.png` });
      const malformed = await openAtlas(await context.newPage(), '?join=nope&point=8');
      await expect(malformed.getByText(/The class code in this link is not valid/)).toBeVisible();
      await expect(malformed, 'the rest of the link still applies').toHaveURL(
        (url) => url.searchParams.get('point') === '8',
      );
    });
  });

  test.describe('on the teacher’s screen', () => {
    test.use(TEACHER);

    test('shows "Share with the class" only where the server has a class hub', async ({
      page,
      browser,
    }) => {
      const withHub = await openAtlas(page);
      await withHub.locator('html[data-class-hub="present"]').waitFor({ state: 'attached' });
      await expect(withHub.getByRole('button', { name: 'Share with the class' })).toBeVisible();

      // The same build served with no class hub, as a plain static host would: /api/class is 404.
      // A context of its own, since the test's own context expects requests to one origin only.
      const root = fileURLToPath(new URL('../../dist', import.meta.url));
      const staticHost = createAtlasServer({ root });
      await new Promise<void>((resolve) => staticHost.listen(0, '127.0.0.1', resolve));
      const plainContext = await browser.newContext(TEACHER);
      try {
        const { port } = staticHost.address() as AddressInfo;
        const plainUrl = `http://127.0.0.1:${port}/`;
        const foreign = watchForeignRequests(plainContext, plainUrl);
        const plain = await openAtlas(await plainContext.newPage(), plainUrl);
        await plain.locator('html[data-class-hub="absent"]').waitFor({ state: 'attached' });
        await expect(plain.getByRole('button', { name: 'Share with the class' })).toHaveCount(0);
        await expect(plain.getByTestId('point-list').locator('li')).toHaveCount(
          DATASET.points.length,
        );
        expect(foreign, 'requests beyond the static host’s own origin').toEqual([]);
      } finally {
        await plainContext.close();
        await new Promise((resolve) => staticHost.close(resolve));
      }
    });
  });
});
