import type { Page } from '@playwright/test';
import { openAtlas } from './support/atlas-page';
import { DATASET } from './support/dataset';
import { expect, test } from './support/fixtures';
import { markerCentre, waitForScene, waitForStillCamera } from './support/scene-page';
import { decodePng, rgbAt } from './support/png-pixels';

const SCREENSHOTS = 'test-results/screenshots';
/** Points 15, 18 and 19: on the front of the belly, all in view from the opening camera. */
const BELLY_PAIRS = '?region=abdomen-pelvis&symmetry=pair';
/** The points the quiz is asked about, and the neck point clicked as a wrong answer. */
const ASKED = [15, 18, 19];
const FAR_AWAY = 16;

const descriptionOf = (point: number) =>
  DATASET.points.find((p) => p.number === point)!.location.description;

/** Waits for a question of the kind `pattern` matches, and returns the point it asks about. */
async function askedPoint(page: Page, pattern: RegExp): Promise<number> {
  const question = page.locator('#quiz-question');
  await expect(question).toHaveText(pattern);
  const heading = await question.textContent();
  const match = pattern.exec(heading ?? '');
  if (match?.[1] === undefined) throw new Error(`unexpected question: ${heading}`);
  return Number(match[1]);
}

const verdict = (page: Page) => page.getByTestId('quiz-feedback').locator('.quiz__verdict');

/**
 * Pixels of the quiz's pin head in the 3D area: a near-black navy, darker than the controls'
 * text (#1b2230) and bluer than any shadow on the skin.
 */
async function pinPixels(page: Page): Promise<number> {
  const pixels = await decodePng(page, await page.getByTestId('body-stage').screenshot());
  let ink = 0;
  for (let y = 0; y < pixels.height; y++)
    for (let x = 0; x < pixels.width; x++) {
      const [red, green, blue] = rgbAt(pixels, x, y);
      if (Math.max(red, green, blue) < PIN_INK_MAX && blue - red >= PIN_INK_BLUE) ink++;
    }
  return ink;
}
/** The pin's ink as drawn (about rgb 1, 12, 33): its brightest channel, and its blue cast. */
const PIN_INK_MAX = 40;
const PIN_INK_BLUE = 26;
/** A pin's head, most of a finger-width across in a close-up: at least this many pixels. */
const PIN_MIN_PIXELS = 100;

async function nextQuestion(page: Page) {
  await page.getByRole('button', { name: /Next question|See the score/ }).click();
}

/** Where a marker of the point is on screen, in explore mode (the quiz shows no answers). */
async function visibleMarkerCentre(page: Page, point: number) {
  for (const side of ['left', 'right', 'midline']) {
    const centre = await markerCentre(page, point, side);
    if (centre !== null) return centre;
  }
  throw new Error(`no marker of point ${point} is in view`);
}

test.describe('the quiz, in Chromium with SwiftShader WebGL', () => {
  test('scores clicks on the body, shows a point on request, names a pin and scores self-massage', async ({
    page,
  }) => {
    // Where the points are from the whole-body view, read in explore mode: the quiz opens on
    // the same view in the same layout, with no markers to read. The quiz shows no posture
    // switch (a posture would hint at the answer), so explore is read without it too: the
    // body is framed in the part of the view its controls leave open.
    await openAtlas(page, BELLY_PAIRS);
    await waitForScene(page);
    await page
      .locator('.posture-control')
      .evaluate((element: HTMLElement) => (element.style.display = 'none'));
    await page.getByRole('button', { name: 'Reset the view' }).click();
    await waitForStillCamera(page);
    const centres = new Map<number, { x: number; y: number }>();
    for (const point of [...ASKED, FAR_AWAY])
      centres.set(point, await visibleMarkerCentre(page, point));
    await page.getByRole('button', { name: 'Quiz' }).click();
    await page.locator('[data-testid="quiz"][data-body-answers="on"]').waitFor();
    await waitForStillCamera(page);
    const shownLabels = page.locator('.marker');

    // 1. A click on the true place is correct, and the answer is then shown on the body.
    const first = await askedPoint(page, /^Find point (\d+)/);
    expect(ASKED).toContain(first);
    await expect(shownLabels, 'no answer is shown before the click').toHaveCount(0);
    const onTarget = centres.get(first)!;
    await page.mouse.click(onTarget.x, onTarget.y);
    await expect(verdict(page)).toHaveText(
      /^(Right on the point|[01]\.\d finger-widths? away) — correct$/,
    );
    // The tap is drawn as a dot beside the point.
    await page
      .locator('.body-stage__canvas canvas[data-tap-dots="1"]')
      .waitFor({ state: 'attached' });
    await waitForStillCamera(page);
    await expect(page.locator(`.marker[data-point="${first}"][data-selected="true"]`)).toHaveCount(
      2,
    );
    await expect.poll(() => shownLabels.count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/quiz-correct.png` });
    await nextQuestion(page);

    // 2. A click on the neck, far from the belly, is wrong and shows where the point is.
    await waitForStillCamera(page);
    const second = await askedPoint(page, /^Find point (\d+)/);
    const neck = centres.get(FAR_AWAY)!;
    await page.mouse.click(neck.x, neck.y);
    await expect(verdict(page)).toHaveText(/^\d+ finger-widths away — not quite$/);
    await expect(page.getByTestId('quiz-feedback')).toContainText(descriptionOf(second));
    await waitForStillCamera(page);
    await page.screenshot({ path: `${SCREENSHOTS}/quiz-wrong.png` });
    await nextQuestion(page);

    // 3. None of these points is named for self-massage: "No" is right.
    await askedPoint(page, /^Can you massage point (\d+) yourself/);
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await expect(verdict(page)).toHaveText('Correct');
    await nextQuestion(page);

    // 4. The question names the point only, nothing says where it is, and no tap is drawn yet.
    //    The keyboard way without tapping: "Show me" marks the point, unscored.
    const fourth = await askedPoint(page, /^Find point (\d+)/);
    await expect(page.getByTestId('quiz')).not.toContainText(descriptionOf(fourth));
    await expect(page.locator('.body-stage__canvas canvas')).toHaveAttribute('data-tap-dots', '0');
    await page.getByRole('button', { name: /^Show me where it is/ }).focus();
    await page.keyboard.press('Enter');
    await expect(verdict(page)).toHaveText('Shown, not scored');
    await expect(page.getByTestId('quiz-feedback')).toContainText(descriptionOf(fourth));
    await nextQuestion(page);

    // 5. A pin on the body, named by nobody: no marker, no number in the round's list. The
    //    learner picks among the set's points; the reveal names it and marks it on the pin.
    await expect(page.locator('#quiz-question')).toHaveText('Which point is the pin on?');
    const canvas = page.locator('.body-stage__canvas canvas');
    await expect(canvas).toHaveAttribute('data-quiz-pin', 'shown');
    await waitForStillCamera(page);
    await expect(shownLabels, 'the pin carries no marker or label').toHaveCount(0);
    await expect(page.locator('.quiz-round__item[data-state="now"]')).toHaveText(
      /^▶Name the pin: asked now$/,
    );
    await page.screenshot({ path: `${SCREENSHOTS}/quiz-name-pin.png` });
    const pinned = await pinPixels(page);
    expect(pinned, 'the pin is drawn in the framed view').toBeGreaterThan(PIN_MIN_PIXELS);
    const choices = page.getByTestId('quiz').locator('.quiz__choices button');
    await expect(choices).toHaveCount(ASKED.length);
    const picked = Number(await choices.first().locator('.quiz__choice-number').textContent());
    await choices.first().click();
    const pinnedPoint = await askedPoint(page, /^The pin is on point (\d+)/);
    expect(ASKED).toContain(pinnedPoint);
    const namedRight = pinnedPoint === picked;
    await expect(verdict(page)).toHaveText(namedRight ? 'Correct' : 'Not quite');
    await expect(
      page.locator(`.marker[data-point="${pinnedPoint}"][data-selected="true"]`).first(),
    ).toBeVisible();
    await waitForStillCamera(page);
    await page.screenshot({ path: `${SCREENSHOTS}/quiz-name-revealed.png` });
    await expect(canvas, 'the marker takes the pin’s place').not.toHaveAttribute('data-quiz-pin');
    expect(await pinPixels(page), 'the pin is gone').toBeLessThan(pinned / 10);
    await nextQuestion(page);

    // 6. "Yes" is wrong for a point the article does not name.
    await askedPoint(page, /^Can you massage point (\d+) yourself/);
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await expect(verdict(page)).toHaveText('Not quite');
    await nextQuestion(page);

    const summary = page.getByTestId('quiz-summary');
    // "Show me" in question 4 is not scored either way: two right of the five scored, and the
    // pin's name if it was.
    const right = namedRight ? 3 : 2;
    await expect(summary.locator('h2')).toHaveText(`Score: ${right} of 5`);
    await expect(page.getByTestId('quiz-shown-count')).toHaveText(
      '1 shown on request, not scored.',
    );
    await expect(summary.locator('li[data-correct="true"]')).toHaveCount(right);

    // The next round as long as the learner likes: twelve questions.
    await summary.getByLabel('Questions a round').selectOption('12');
    await expect(page.getByTestId('quiz')).toContainText('Question 1 of 12');
  });
});
