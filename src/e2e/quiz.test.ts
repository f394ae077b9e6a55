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
const QUIZ_LINK = '?mode=quiz&region=abdomen-pelvis&symmetry=pair';

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

/** Where a marker of the point is on screen (its label keeps its place while the quiz hides it). */
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

  it('scores clicks on the body, the keyboard choice and the self-massage questions', async () => {
    const page = await openAtlas(atlas.browser.context, atlas.server.url, QUIZ_LINK);
    await waitForScene(page);
    const visibleLabels = () =>
      page
        .locator('.marker')
        .evaluateAll(
          (labels) =>
            labels.filter((label) => getComputedStyle(label).visibility === 'visible').length,
        );

    // 1. A click on the true place is correct, and the answer is then shown on the body.
    const first = await askedPoint(page, /^Find point (\d+)/);
    expect([15, 18, 19]).toContain(first);
    expect(await visibleLabels()).toBe(0);
    const onTarget = await visibleMarkerCentre(page, first);
    await page.mouse.click(onTarget.x, onTarget.y);
    expect(await verdict(page)).toMatch(
      /^(Right on the point|[01]\.\d finger-widths? away) — correct$/,
    );
    await waitForStillCamera(page);
    expect(await page.locator(`.marker[data-point="${first}"][data-selected="true"]`).count()).toBe(
      2,
    );
    expect(await visibleLabels()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/quiz-correct.png` });
    await nextQuestion(page);

    // 2. A click on the neck, far from the belly, is wrong and shows where the point is.
    await waitForStillCamera(page);
    const second = await askedPoint(page, /^Find point (\d+)/);
    const neck = await visibleMarkerCentre(page, 16);
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

    // 4. The keyboard way: the right description, chosen with Enter.
    const fourth = await askedPoint(page, /^Find point (\d+)/);
    await page.getByRole('button', { name: descriptionOf(fourth), exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await verdict(page)).toBe('Correct');
    await nextQuestion(page);

    // 5. A wrong description is wrong, and the true one is shown.
    const fifth = await askedPoint(page, /^Find point (\d+)/);
    const wrongChoice = page
      .locator('.quiz__choice')
      .filter({ hasNotText: descriptionOf(fifth) })
      .first();
    await wrongChoice.click();
    expect(await verdict(page)).toBe('Not quite');
    expect(await page.getByTestId('quiz-feedback').textContent()).toContain(descriptionOf(fifth));
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
