import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import rawDataset from '../../points/points.json';
import { openAtlas } from './support/atlas-page';
import { useBuiltAtlas } from './support/built-atlas';
import { browserAvailable } from './support/browser';
import { markerCentre, waitForScene, waitForStillCamera } from './support/scene-page';

const SCREENSHOTS = 'test-results/screenshots';
/** Points 15, 18 and 19: on the front of the belly, all in view from the opening camera. */
const BELLY_PAIRS = '?region=abdomen-pelvis&symmetry=pair';
/** The points the quiz is asked about, and the neck point clicked as a wrong answer. */
const ASKED = [15, 18, 19];
const FAR_AWAY = 16;

const descriptionOf = (point: number) =>
  rawDataset.points.find((p) => p.number === point)!.location.description;

async function askedPoint(page: Page, pattern: RegExp): Promise<number> {
  const heading = await page.locator('#quiz-question').textContent();
  const match = pattern.exec(heading ?? '');
  if (match?.[1] === undefined) throw new Error(`unexpected question: ${heading}`);
  return Number(match[1]);
}

async function verdict(page: Page): Promise<string> {
  return (await page.getByTestId('quiz-feedback').locator('.quiz__verdict').textContent()) ?? '';
}

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

describe.skipIf(!browserAvailable())('the quiz, in Chromium with SwiftShader WebGL', () => {
  const atlas = useBuiltAtlas();

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  it('scores clicks on the body, shows a point on request and scores the self-massage questions', async () => {
    // Where the points are from the whole-body view, read in explore mode: the quiz opens on
    // the same view in the same layout, with no markers to read. The quiz shows no posture
    // switch (a posture would hint at the answer), so explore is read without it too: the
    // body is framed in the part of the view its controls leave open.
    const page = await openAtlas(atlas.browser.context, atlas.server.url, BELLY_PAIRS);
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
    const shownLabels = () => page.locator('.marker').count();

    // 1. A click on the true place is correct, and the answer is then shown on the body.
    const first = await askedPoint(page, /^Find point (\d+)/);
    expect(ASKED).toContain(first);
    expect(await shownLabels(), 'no answer is shown before the click').toBe(0);
    const onTarget = centres.get(first)!;
    await page.mouse.click(onTarget.x, onTarget.y);
    expect(await verdict(page)).toMatch(
      /^(Right on the point|[01]\.\d finger-widths? away) — correct$/,
    );
    await waitForStillCamera(page);
    expect(await page.locator(`.marker[data-point="${first}"][data-selected="true"]`).count()).toBe(
      2,
    );
    expect(await shownLabels()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/quiz-correct.png` });
    await nextQuestion(page);

    // 2. A click on the neck, far from the belly, is wrong and shows where the point is.
    await waitForStillCamera(page);
    const second = await askedPoint(page, /^Find point (\d+)/);
    const neck = centres.get(FAR_AWAY)!;
    await page.mouse.click(neck.x, neck.y);
    expect(await verdict(page)).toMatch(/^\d+ finger-widths away — not quite$/);
    expect(await page.getByTestId('quiz-feedback').textContent()).toContain(descriptionOf(second));
    await waitForStillCamera(page);
    await page.screenshot({ path: `${SCREENSHOTS}/quiz-wrong.png` });
    await nextQuestion(page);

    // 3. None of these points is named for self-massage: "No" is right.
    await askedPoint(page, /^Can you massage point (\d+) yourself/);
    await page.getByRole('button', { name: 'No', exact: true }).click();
    expect(await verdict(page)).toBe('Correct');
    await nextQuestion(page);

    // 4. The question names the point only, nothing says where it is, and no tap is drawn yet.
    //    The keyboard way without tapping: "Show me" marks the point, unscored.
    const fourth = await askedPoint(page, /^Find point (\d+)/);
    expect(await page.getByTestId('quiz').textContent()).not.toContain(descriptionOf(fourth));
    expect(await page.locator('.body-stage__canvas canvas').getAttribute('data-tap-dots')).toBe(
      '0',
    );
    await page.getByRole('button', { name: /^Show me where it is/ }).focus();
    await page.keyboard.press('Enter');
    expect(await verdict(page)).toBe('Shown, not scored');
    expect(await page.getByTestId('quiz-feedback').textContent()).toContain(descriptionOf(fourth));
    await nextQuestion(page);

    // 5. A tap on the true place is right, and it is drawn as a dot beside the point.
    await waitForStillCamera(page);
    const fifth = await askedPoint(page, /^Find point (\d+)/);
    const spot = centres.get(fifth)!;
    await page.mouse.click(spot.x, spot.y);
    expect(await verdict(page)).toMatch(/ — correct$/);
    await page
      .locator('.body-stage__canvas canvas[data-tap-dots="1"]')
      .waitFor({ state: 'attached' });
    await waitForStillCamera(page);
    await page.screenshot({ path: `${SCREENSHOTS}/quiz-tap-drawn.png` });
    await nextQuestion(page);

    // 6. "Yes" is wrong for a point the article does not name.
    await askedPoint(page, /^Can you massage point (\d+) yourself/);
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    expect(await verdict(page)).toBe('Not quite');
    await nextQuestion(page);

    const summary = page.getByTestId('quiz-summary');
    expect(await summary.locator('h2').textContent()).toBe('Score: 3 of 6');
    expect(await summary.locator('li[data-correct="true"]').count()).toBe(3);
    await page.close();
  });
});
