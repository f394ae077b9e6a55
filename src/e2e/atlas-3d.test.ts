import { FRAME_MARGIN_PX } from '../scene/framing/fit-view';
import { openArea } from '../scene/framing/open-area';
import { listedPointNumbers, openAtlas, watchForeignRequests } from './support/atlas-page';
import { NO_WEBGL_LAUNCH } from './support/browser';
import {
  MARKER_COUNT,
  POINT_COUNT,
  SELF_DROPPED_MARKERS,
  SELF_NAMED_NUMBERS,
} from './support/expected';
import { expect, test } from './support/fixtures';
import {
  markerCentre,
  skinPixelBounds,
  waitForScene,
  waitForStillCamera,
} from './support/scene-page';
import { measureViewArea } from './support/view-area';

/** Less than the step from a whole-body view to a close-up of the back (well over a metre). */
const NO_FLIGHT_TRAVEL_M = 0.25;
const SCREENSHOTS = 'test-results/screenshots';

test.describe('the 3D atlas, in Chromium with SwiftShader WebGL', () => {
  test('draws the whole standing body in the middle of the part of the 3D area no control covers', async ({
    page,
  }) => {
    await openAtlas(page);
    await waitForScene(page);
    await page.screenshot({ path: `${SCREENSHOTS}/default-view.png` });
    const skin = await skinPixelBounds(page);
    const open = openArea(await measureViewArea(page), FRAME_MARGIN_PX);
    expect(skin.count).toBeGreaterThan(0.03 * skin.width * skin.height);
    const centreX = (skin.left + skin.right) / 2;
    expect(Math.abs(centreX - (open.left + open.right) / 2)).toBeLessThan(0.08 * skin.width);
    // The figure fills the open part's height (the hair is not counted as skin).
    expect(skin.bottom - skin.top).toBeGreaterThan(0.8 * (open.bottom - open.top));
    expect(skin.top).toBeGreaterThanOrEqual(open.top - 2);
    expect(skin.bottom).toBeLessThanOrEqual(open.bottom + 2);
    expect(skin.right - skin.left).toBeLessThan(0.8 * skin.width);
  });

  test('shows every marker and hides the ones behind the body', async ({ page }) => {
    await openAtlas(page);
    await waitForScene(page);
    await expect(page.locator('.marker')).toHaveCount(MARKER_COUNT);
    // From the front, the back-of-wrist point 11 and the upper-back point 10 are behind the body.
    expect(await markerCentre(page, 11, 'left')).toBeNull();
    expect(await markerCentre(page, 10, 'left')).toBeNull();
    expect(await markerCentre(page, 5, 'left')).not.toBeNull();
  });

  test('never lets two labels overlap: where points crowd, the less important ones give way', async ({
    page,
  }) => {
    await openAtlas(page, '?point=13');
    await waitForScene(page);
    await page.getByRole('button', { name: 'Reset the view' }).click();
    await waitForStillCamera(page);
    const boxes = await page.$$eval('.marker[data-hidden="false"]', (markers) =>
      markers.map((m) => {
        const box = m.getBoundingClientRect();
        return { point: m.getAttribute('data-point'), box };
      }),
    );
    const overlapping = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter(
          (b) =>
            a.box.left < b.box.right &&
            b.box.left < a.box.right &&
            a.box.top < b.box.bottom &&
            b.box.top < a.box.bottom,
        )
        .map((b) => `${a.point}/${b.point}`),
    );
    expect(overlapping).toEqual([]);
    // At full-body zoom the feet crowd, so some front-facing labels must have given way...
    expect(boxes.length).toBeLessThan(MARKER_COUNT - 10);
    // ...but never the selected one, which is drawn as a pin.
    await expect(page.locator('.marker[data-selected="true"][data-hidden="false"]')).toHaveCount(2);
  });

  test('selects a point when its marker is clicked on the body', async ({ page }) => {
    await openAtlas(page);
    await waitForScene(page);
    const centre = await markerCentre(page, 5, 'left');
    expect(centre).not.toBeNull();
    await page.mouse.click(centre!.x, centre!.y);
    await expect(page.getByTestId('point-details').locator('.eyebrow')).toHaveText(/^Point 5/);
    await expect.poll(() => new URL(page.url()).searchParams.get('point')).toBe('5');
    await expect(page.locator('[data-point="5"] button')).toHaveAttribute('aria-current', 'true');
  });

  test('turns the body to frame a back point picked from the list', async ({ page }) => {
    await openAtlas(page);
    await waitForScene(page);
    await page.locator('[data-testid="point-list"] [data-point="10"] button').click();
    await waitForStillCamera(page);
    const stage = (await page.getByTestId('body-stage').boundingBox())!;
    const centre = await markerCentre(page, 10, 'left');
    expect(centre, 'point 10 is turned into view').not.toBeNull();
    expect(Math.abs(centre!.x - (stage.x + stage.width / 2))).toBeLessThan(stage.width * 0.2);
    expect(Math.abs(centre!.y - (stage.y + stage.height / 2))).toBeLessThan(stage.height * 0.2);
    await expect(page.locator('.marker[data-point="10"][data-side="left"]')).toHaveAttribute(
      'data-selected',
      'true',
    );
    await expect(page.locator('.body-stage__canvas')).toHaveAttribute('aria-label', /point 10/);
    await page.screenshot({ path: `${SCREENSHOTS}/back-view-point-10.png` });
  });

  test('keeps every label clear of the controls and keys floating over the body (laptop, point 3)', async ({
    page,
  }) => {
    await openAtlas(page, '?point=3');
    await page.setViewportSize({ width: 1366, height: 768 });
    await waitForScene(page);
    await waitForStillCamera(page);
    // The caption that makes the switch taller.
    await expect(page.getByTestId('view-bearings')).toBeVisible();
    const { floatingCount, overlaps } = await page.evaluate(() => {
      const boxOf = (element: Element) => element.getBoundingClientRect();
      const floating = [
        ...document.querySelectorAll('.body-stage .legend, .posture-control, .view-toolbar__group'),
      ].map((element) => ({ name: element.className, box: boxOf(element) }));
      // The chosen point's pin too: here it hangs below its point, clear of the posture switch.
      const shown = '.marker[data-hidden="false"]';
      const labels = [...document.querySelectorAll(shown)].map((m) => ({
        name: `${m.getAttribute('data-point')} ${m.getAttribute('data-side')}`,
        box: boxOf(m),
      }));
      const covered = labels.flatMap((label) =>
        floating
          .filter(
            ({ box }) =>
              box.width > 0 &&
              label.box.left < box.right &&
              box.left < label.box.right &&
              label.box.top < box.bottom &&
              box.top < label.box.bottom,
          )
          .map(({ name }) => `${label.name} under ${name}`),
      );
      return { floatingCount: floating.length, overlaps: covered };
    });
    // The two keys, the posture switch and the two groups of view buttons. In this view the
    // other foot's points 7 and 24 fall under the keys, where their labels used to be drawn.
    expect(floatingCount).toBeGreaterThanOrEqual(5);
    expect(overlaps).toEqual([]);
    await expect(
      page.locator('.marker[data-point="3"][data-selected="true"][data-hidden="false"]'),
      "point 3's pin is on show",
    ).toHaveCount(1);
  });

  test('opens a link to a back point on that point, without a flight from the whole body', async ({
    page,
  }) => {
    // #perf makes the page count the frames it draws.
    await openAtlas(page, '?point=10#perf');
    await waitForScene(page);
    const stage = (await page.getByTestId('body-stage').boundingBox())!;
    const centre = await markerCentre(page, 10, 'left');
    expect(centre, 'point 10 is in view').not.toBeNull();
    expect(Math.abs(centre!.x - (stage.x + stage.width / 2))).toBeLessThan(stage.width * 0.2);
    const perf = await page.evaluate(() => {
      const { firstBodyFrameCamera, lastFrameCamera } = window.__atlasPerf!;
      return { first: firstBodyFrameCamera!, last: lastFrameCamera! };
    });
    // The first picture with the body is already the point's view: the camera starts where it
    // comes to rest (a panel arriving later may reframe it a little), not metres away in front
    // of the whole body. Counting frames would not tell: under load a flight is two frames.
    const travelled = Math.hypot(...perf.first.map((value, i) => value - perf.last[i]!));
    expect(travelled, 'camera travel from the first body frame, metres').toBeLessThan(
      NO_FLIGHT_TRAVEL_M,
    );
  });

  test('gives a toe point a close view of the foot', async ({ page }) => {
    await openAtlas(page, '?point=9');
    await waitForScene(page);
    await waitForStillCamera(page);
    const toe = await markerCentre(page, 9, 'left').then(
      (c) => c ?? markerCentre(page, 9, 'right'),
    );
    expect(toe).not.toBeNull();
    const skin = await skinPixelBounds(page);
    expect(skin.count, 'the foot fills much of the picture').toBeGreaterThan(0.2 * skin.visible);
    await page.screenshot({ path: `${SCREENSHOTS}/foot-view-point-9.png` });
  });

  test('leaves only the six self-massage points highlighted under the filter', async ({ page }) => {
    await openAtlas(page, '?self=named');
    await waitForScene(page);
    const highlighted = await page
      .locator('.marker[data-dimmed="false"]')
      .evaluateAll((markers) => [
        ...new Set(markers.map((m) => Number(m.getAttribute('data-point')))),
      ]);
    expect(highlighted.sort((a, b) => a - b)).toEqual(SELF_NAMED_NUMBERS);
    await expect(page.locator('.marker[data-dimmed="true"]')).toHaveCount(SELF_DROPPED_MARKERS);
  });

  test('turns the body with the buttons alone', async ({ page }) => {
    await openAtlas(page);
    await waitForScene(page);
    await page.getByRole('button', { name: 'Back view' }).click();
    await waitForStillCamera(page);
    expect(await markerCentre(page, 22, 'midline')).not.toBeNull();
    expect(await markerCentre(page, 5, 'left')).toBeNull();
    await page.getByRole('button', { name: 'Reset the view' }).click();
    await waitForStillCamera(page);
    expect(await markerCentre(page, 5, 'left')).not.toBeNull();
  });

  test('says so in the 3D area when the model cannot load, and the list still works', async ({
    page,
  }) => {
    await page.route('**/models/body.glb', (route) =>
      route.fulfill({ status: 404, body: 'missing' }),
    );
    await page.goto('/');
    const message = page.getByTestId('scene-message');
    await expect(message).toBeVisible({ timeout: 20_000 });
    await expect(message).toContainText(/could not be loaded/, { useInnerText: true });
    await expect.poll(() => listedPointNumbers(page)).toHaveLength(POINT_COUNT);
    await page.locator('[data-point="16"] button').click();
    await expect(page.getByTestId('cautions')).toBeVisible();
  });
});

test.describe('without WebGL', () => {
  // A Chromium without WebGL is launched inside the test: `test.use({ launchOptions })` would
  // move every test of this file onto it.
  test('explains the empty 3D area and keeps the list, filters, details, handout and quiz', async ({
    playwright,
    baseURL,
    viewport,
    reducedMotion,
    serviceWorkers,
  }) => {
    const browser = await playwright.chromium.launch(NO_WEBGL_LAUNCH);
    try {
      // The page settings every other test has, on this browser.
      const context = await browser.newContext({
        baseURL,
        viewport,
        reducedMotion,
        serviceWorkers,
      });
      // Not the fixture's context, so its requests are watched here.
      const foreign = watchForeignRequests(context, baseURL!);
      const page = await openAtlas(await context.newPage(), '?point=3');
      const message = page.getByTestId('scene-message');
      await expect(message).toBeVisible({ timeout: 20_000 });
      await expect(message).toContainText(/3D view unavailable/, { useInnerText: true });
      await expect(page.getByTestId('point-details')).toBeVisible();
      await page.getByLabel('Named for self-massage').check();
      await expect.poll(() => listedPointNumbers(page)).toEqual(SELF_NAMED_NUMBERS);

      // The handout still prints, each card saying why it has no picture.
      await page.getByRole('button', { name: 'Handout' }).click();
      await expect(
        page.locator('[data-testid="handout"][data-pictures="unavailable"]'),
      ).toBeVisible();
      await expect(page.locator('.handout-card')).toHaveCount(6);
      await expect(page.locator('.handout-card__no-picture')).toHaveCount(6);
      await expect(page.getByTestId('handout-map')).toContainText('No map');

      // The quiz can be played without the body: "Show me" for a point, yes/no for the rest.
      await page.getByRole('button', { name: 'Quiz' }).click();
      const quiz = page.getByTestId('quiz');
      await expect(quiz).toBeVisible();
      for (let question = 0; question < 6; question++) {
        const kind = await quiz.getAttribute('data-question-kind');
        if (kind === 'find')
          await quiz.getByRole('button', { name: /^Show me where it is/ }).click();
        else if (kind === 'name')
          await quiz.getByRole('button', { name: /^Skip this one/ }).click();
        else await quiz.getByRole('button', { name: 'Yes', exact: true }).click();
        await expect(page.getByTestId('quiz-feedback')).toBeVisible();
        await quiz.locator('.quiz__next').click();
      }
      // Three "Show me" answers and the pin without a body to draw it on are not scored; the
      // two yes/no questions are.
      const summary = page.getByTestId('quiz-summary');
      await expect(summary.locator('h2')).toHaveText(/^Score: \d of 2$/);
      await expect(summary).toContainText('3 shown on request and 1 skipped, not scored.');
      expect(foreign, 'requests beyond the app’s own origin').toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
