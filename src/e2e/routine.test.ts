import type { Page } from '@playwright/test';
import { openAtlas } from './support/atlas-page';
import { axeViolations } from './support/axe';
import { DATASET } from './support/dataset';
import { POINT_COUNT, SELF_NAMED, SELF_NAMED_NUMBERS } from './support/expected';
import { expect, test } from './support/fixtures';
import { waitForStillCamera } from './support/scene-page';

const CONDITIONS = DATASET.contraindications.filter((c) => c.kind === 'condition');
const INSTRUCTIONS = DATASET.contraindications.filter((c) => c.kind === 'instruction');
const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** A fixed start for the fake clock, so saved timestamps are reproducible. */
const CLOCK_START = new Date('2026-03-02T09:00:00Z');

// Points picked by what the dataset says of them, not by number.
const ONE_SIDE_THEN_OTHER = SELF_NAMED.find(
  (p) => p.symmetry === 'pair' && p.pairTechnique.stated === 'one-side-then-other',
)!;
const BOTH_AT_ONCE = SELF_NAMED.find((p) => p.pairTechnique.stated === 'both-sides-together')!;
const ROUTINE = `?mode=routine&points=${ONE_SIDE_THEN_OTHER.number},${BOTH_AT_ONCE.number}`;

/** Records the page's wake lock calls: a stub, so a headless browser can show them. */
function stubWakeLock() {
  const log: string[] = [];
  Object.assign(window, { wakeLockLog: log });
  Object.defineProperty(navigator, 'wakeLock', {
    configurable: true,
    value: {
      request: (type: string) => {
        log.push(`request:${type}`);
        const sentinel = new EventTarget();
        return Promise.resolve(
          Object.assign(sentinel, {
            released: false,
            type,
            release: () => {
              log.push('release');
              return Promise.resolve();
            },
          }),
        );
      },
    },
  });
}

const wakeLockLog = (page: Page) =>
  page.evaluate(() => (window as unknown as { wakeLockLog: string[] }).wakeLockLog);

const timeText = async (page: Page) => (await page.getByTestId('routine-time').textContent()) ?? '';
const secondsLeft = async (page: Page) => {
  const [minutes, seconds] = (await timeText(page)).split(':').map(Number);
  return minutes! * 60 + seconds!;
};
/**
 * Stops the page's fake clock, so only `fastForward` moves it: left running it also moves with
 * the real time a busy machine takes between two steps, and a count read after a pause drifts.
 * Stopped a little ahead of the page's time, since the clock cannot be sent back.
 */
async function holdClock(page: Page) {
  await page.clock.pauseAt(await page.evaluate((ahead) => Date.now() + ahead, 5 * SECOND));
}

/** The routine's step, which names the point on view in `data-routine-point`. */
const step = (page: Page) => page.locator('[data-routine-point]');
const currentPoint = async (page: Page) =>
  Number(await step(page).getAttribute('data-routine-point'));
/** Waits until the routine shows `point`. */
const expectPoint = (page: Page, point: number | undefined) =>
  expect(step(page)).toHaveAttribute('data-routine-point', String(point));

/** The check: nothing applies (one tap), or these conditions (by index) apply. */
async function answerCheck(page: Page, applying: number[] = []) {
  if (applying.length === 0) {
    await page.getByRole('button', { name: 'None of these apply to me' }).click();
    return;
  }
  await page.getByRole('button', { name: 'Some apply' }).click();
  const boxes = page.locator('.routine-condition input');
  await expect(boxes).toHaveCount(CONDITIONS.length);
  for (const index of applying) await boxes.nth(index).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Through the check (nothing applies) and the plan, to the first point with its timer set. */
async function beginRoutine(page: Page, minutes: number) {
  await answerCheck(page);
  await page.getByRole('radio', { name: String(minutes), exact: true }).check();
  await page.getByRole('button', { name: /^Begin/ }).click();
  await page.locator('.routine-step').waitFor();
}

/** Opens the routine at `query` with the wake lock stubbed, on a fake clock unless told not to. */
async function openRoutine(page: Page, query = ROUTINE, { clock = true } = {}) {
  await page.addInitScript(stubWakeLock);
  if (clock) await page.clock.install({ time: CLOCK_START });
  await page.goto(query);
  await page.waitForSelector('html[data-atlas-live] .routine-layout');
}

/** Two whole-second reads of a running clock, each up to a tick behind, and a late paint. */
const READ_SLACK_SECONDS = 2.5;

test.describe('the self-massage routine', () => {
  test('asks only about conditions: one that applies stops it, review is possible, none goes on', async ({
    page,
  }) => {
    await openRoutine(page);
    await expect(page.getByTestId('evidence-notice')).toBeVisible();
    const check = page.locator('.routine-check');
    await expect(check.locator('.routine-check__list li')).toHaveCount(CONDITIONS.length);
    // The instructions for while pressing are rules to read, not questions to answer.
    for (const rule of INSTRUCTIONS)
      await expect(check.locator('.routine-check__list')).not.toContainText(rule.text);
    // Each condition's source sits behind one "Source" disclosure, closed.
    await expect(check.locator('.routine-sources .citation').first()).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
    await answerCheck(page, [CONDITIONS.length - 1]);
    const stop = page.locator('.routine-stopped');
    await stop.waitFor();
    await expect(stop).toContainText(CONDITIONS.at(-1)!.text);
    // The notice stays on screen above it, so the stop screen does not repeat its statement.
    const notice = page.getByTestId('evidence-notice');
    await expect(notice).toContainText(DATASET.evidence.headline, { useInnerText: true });
    await expect(notice).toContainText(DATASET.evidence.statement, { useInnerText: true });
    await expect(stop).toContainText('see a doctor first', { useInnerText: true });
    await expect(stop).not.toContainText(DATASET.evidence.statement, { useInnerText: true });
    await expect(page.locator('.routine-step, .routine-plan')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Review what I marked' }).click();
    const mark = page.locator('.routine-condition input').last();
    await expect(mark).toBeChecked();
    // No way round a mark: "None of these apply" comes back only once it is taken back.
    await expect(page.getByRole('button', { name: 'None of these apply to me' })).toHaveCount(0);
    await mark.uncheck();
    await page.getByRole('button', { name: 'None of these apply to me' }).click();
    const plan = page.locator('.routine-plan');
    await plan.waitFor();
    await expect(page.getByTestId('evidence-notice')).toBeVisible();
    // The rules are read here, before Begin, with the time a point and a side said plainly.
    for (const rule of INSTRUCTIONS) await expect(plan).toContainText(rule.text);
    await expect(page.getByTestId('routine-time-stated')).toContainText(/a point/);
    await expect(page.getByTestId('routine-time-stated')).toContainText(/a side/);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('gives the whole evidence statement on the check where the notice cuts it short (phone)', async ({
    page,
  }) => {
    await openRoutine(page, ROUTINE, { clock: false });
    const statement = DATASET.evidence.statement;
    const check = page.locator('.routine-check');
    await expect(check).not.toContainText(statement, { useInnerText: true });
    await page.setViewportSize({ width: 390, height: 844 });
    // Upright on a phone the notice keeps two lines of it; the check says it whole.
    await expect(check).toContainText(statement, { useInnerText: true });
  });

  test('counts, pauses, switches side halfway, ends the point and sums up', async ({ page }) => {
    await openRoutine(page);
    await beginRoutine(page, 1);
    await expectPoint(page, ONE_SIDE_THEN_OTHER.number);
    await expect(page.getByTestId('routine-side')).toHaveText(/^Left /);
    expect(await wakeLockLog(page)).toEqual([]); // nothing held before the timer runs
    expect(await axeViolations(page)).toEqual([]);

    // The clock is held from here: each count below is final once the page has redrawn it.
    await holdClock(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.fastForward(10 * SECOND);
    await expect.poll(() => secondsLeft(page)).toBe(50);
    await expect.poll(() => wakeLockLog(page)).toEqual(['request:screen']);

    await page.getByRole('button', { name: 'Pause' }).click();
    await page.clock.fastForward(30 * SECOND);
    await expect.poll(() => secondsLeft(page)).toBe(50);
    await expect.poll(() => wakeLockLog(page)).toEqual(['request:screen', 'release']);

    await page.getByRole('button', { name: 'Resume' }).click();
    await page.clock.fastForward(21 * SECOND);
    await expect(page.locator('[data-routine-side]')).toHaveAttribute('data-routine-side', '1');
    await expect(page.getByTestId('routine-side')).toHaveText(/^Right /);

    await page.clock.fastForward(30 * SECOND);
    await expectPoint(page, BOTH_AT_ONCE.number);
    await expect(page.getByTestId('routine-side')).toHaveText(/at once/);
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();

    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.fastForward(MINUTE + SECOND);
    const summary = page.getByTestId('routine-summary');
    await expect(summary).toHaveText(
      /Done\s*2\s*Partly done\s*0\s*Skipped\s*0\s*Time pressing\s*2 min/,
    );
    await page.clock.resume(); // axe waits on the page's timers
    expect(await axeViolations(page)).toEqual([]);
  });

  test('works from the keyboard alone', async ({ page }) => {
    await openRoutine(page);
    /** Tabs forward until the focused element matches, as a keyboard user would. */
    const tabTo = async (source: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(`(${source})(document.activeElement)`)) return;
      }
      throw new Error(`never reached ${source}`);
    };
    await tabTo(`(el) => el?.textContent === 'None of these apply to me'`);
    await page.keyboard.press('Enter');
    await tabTo(`(el) => /^Begin/.test(el?.textContent ?? '')`);
    await page.keyboard.press('Enter');
    await page.locator('.routine-step').waitFor();
    await tabTo(`(el) => el?.textContent === 'Start'`);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  });

  test('skip and back move between points and keep the minutes pressed', async ({ page }) => {
    await openRoutine(page);
    await beginRoutine(page, 1);
    await holdClock(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.fastForward(20 * SECOND);
    await page.getByRole('button', { name: 'Skip this point' }).click();
    await expectPoint(page, BOTH_AT_ONCE.number);
    await page.getByRole('button', { name: 'Back to the previous point' }).click();
    await expectPoint(page, ONE_SIDE_THEN_OTHER.number);
    // The 20 s pressed before stay with the point, said on screen.
    await expect(page.getByTestId('routine-pressed-before')).toContainText('20 s');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.fastForward(10 * SECOND);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByTestId('routine-paused')).toBeVisible();
    await page.getByRole('button', { name: 'Skip this point' }).click();
    await page.getByRole('button', { name: 'Skip this point' }).click();
    const summary = page.getByTestId('routine-summary');
    await expect(summary).toHaveText(
      /Done\s*0\s*Partly done\s*1\s*Skipped\s*1\s*Time pressing\s*30 s/,
    );
    await expect(page.locator('.routine-summary__group', { hasText: 'Partly done' })).toContainText(
      `${ONE_SIDE_THEN_OTHER.number}. ${ONE_SIDE_THEN_OTHER.name} · 30 s`,
    );
  });

  test('resumes after a reload at the same point, side and time', async ({ page }) => {
    await openRoutine(page);
    await beginRoutine(page, 2);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.fastForward(70 * SECOND);
    // The time shown and the page's clock, read together: the fake clock also moves with the
    // real time a busy machine takes between two separate reads.
    const timeAndClock = () =>
      page.evaluate(() => {
        const [minutes, seconds] = (
          document.querySelector('[data-testid="routine-time"]')?.textContent ?? ''
        )
          .split(':')
          .map(Number);
        return { left: minutes! * 60 + seconds!, at: Date.now() };
      });
    const before = { point: await currentPoint(page), ...(await timeAndClock()) };
    await expect(page.getByTestId('routine-side')).toHaveText(/^Right /);
    await page.reload();
    await page.locator('.routine-step').waitFor();
    const after = await timeAndClock();
    const left = after.left;
    // The clock went on during the reload (time is honest): what it took is read, not assumed.
    const reloadSeconds = (after.at - before.at) / SECOND;
    await expectPoint(page, before.point);
    await expect(page.getByTestId('routine-side')).toHaveText(/^Right /);
    // Whole seconds, redrawn once a second: each read may trail the clock by up to one tick, and
    // a loaded page may paint a tick late; a resume that lost or added time is off by far more.
    expect(Math.abs(left - (before.left - reloadSeconds))).toBeLessThanOrEqual(READ_SLACK_SECONDS);
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  });

  test('tells screen readers the time once a minute, not every second', async ({ page }) => {
    await openRoutine(page);
    await beginRoutine(page, 2);
    const live = page.getByTestId('routine-announcer');
    await expect(live).toHaveAttribute('aria-live', 'polite');
    // The clock is held from here: what the announcer says changes only with `fastForward`.
    await holdClock(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.fastForward(SECOND);
    await expect(live).toHaveText(/^2 minutes left/);
    await page.clock.fastForward(30 * SECOND);
    await expect(live).toHaveText(/^2 minutes left/);
    await page.clock.fastForward(30 * SECOND);
    await expect(live).toHaveText(/^1 minute left/);
    const minuteLater = (await live.textContent()) ?? '';
    await page.clock.fastForward(20 * SECOND);
    await expect(live).toHaveText(minuteLater);
    await expect(page.getByTestId('routine-time')).not.toHaveAttribute('aria-live');
  });

  test('starts from the self-massage filter on the named points, and offers to resume', async ({
    page,
  }) => {
    // A fresh browser context: nothing is saved from an earlier routine.
    await openAtlas(page, '?self=named');
    await expect(page.getByTestId('resume-routine')).toHaveCount(0);
    await page.getByRole('button', { name: 'Start a routine' }).click();
    await page.locator('.routine-layout').waitFor();
    await expect(page).toHaveURL(
      (url) => url.searchParams.get('points') === SELF_NAMED_NUMBERS.join(','),
    );
    await answerCheck(page);
    const picked = page.locator('.routine-plan__points input:checked');
    await page.locator('.routine-plan').waitFor();
    await expect(picked).toHaveCount(SELF_NAMED_NUMBERS.length);
    await page.getByRole('button', { name: /^Begin/ }).click();
    await expectPoint(page, SELF_NAMED_NUMBERS[0]);

    await page.getByRole('button', { name: 'Leave' }).click();
    await openAtlas(page);
    await page.getByRole('button', { name: 'Resume your routine' }).click();
    await page.locator('.routine-step').waitFor();
    await expectPoint(page, SELF_NAMED_NUMBERS[0]);
  });

  test('discards a corrupt saved routine with a notice and starts afresh', async ({ page }) => {
    await openAtlas(page);
    await page.evaluate(() => localStorage.setItem('acupressure-atlas.routine', '{"version":1,'));
    await page.goto(ROUTINE);
    await page.waitForSelector('html[data-atlas-live] .routine-layout');
    const notice = page.getByTestId('routine-discarded');
    await expect(notice).toHaveText(/set aside: it could not be read/);
    await expect(page.locator('.routine-check')).toBeVisible();
  });

  test('a link with bad point numbers shows a hint and still opens the routine', async ({
    page,
  }) => {
    await openRoutine(
      page,
      `?mode=routine&points=${BOTH_AT_ONCE.number},0,${POINT_COUNT + 1},abc`,
      {
        clock: false,
      },
    );
    const hints = page.getByTestId('link-hints');
    await expect(hints).toContainText(`points are numbered 1 to ${POINT_COUNT}`);
    await expect(hints).toContainText('abc');
    await beginRoutine(page, 1);
    await expectPoint(page, BOTH_AT_ONCE.number);
    await expect(page.locator('.routine-step').getByText(/Point 1 of 1/)).toHaveCount(1);
  });

  test('shows on the body the side each step names, and says so: 3 → 8 → 11 at one minute', async ({
    page,
  }) => {
    await openRoutine(page, '?mode=routine&points=3,8,11');
    // Camera moves jump: where the view rests is what is checked, not the flight.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const pins = () =>
      page
        .locator('.marker[data-selected="true"][data-hidden="false"]')
        .evaluateAll((labels) => labels.map((label) => label.dataset.side));
    const seen = async () =>
      ((await page.getByTestId('view-bearings').textContent()) ?? '').toLowerCase();
    await beginRoutine(page, 1);
    const steps: string[] = [];
    for (const point of [3, 8, 11]) {
      await expectPoint(page, point);
      await page.getByRole('button', { name: 'Start' }).click();
      for (const half of [0, 1]) {
        // The view draws on animation frames, which the held clock stops.
        await page.clock.resume();
        await waitForStillCamera(page);
        const words = (await page.getByTestId('routine-side').textContent()) ?? '';
        const named = /^(Left|Right) /.exec(words)?.[1]?.toLowerCase() ?? null;
        steps.push(`${point} ${named}`);
        if (named !== null) {
          // A new side of the same point turns the camera only from the next frame on, so the
          // camera can still read as at rest from before the turn: the view's words and pins
          // are waited for, written once the camera has come to rest on the side named.
          await expect.poll(seen, `point ${point}, half ${half}`).toContain(`: ${named} `);
          await expect.poll(pins, `point ${point}, half ${half}`).toEqual([named]);
        }
        await holdClock(page);
        if (half === 0) await page.clock.fastForward(31 * SECOND);
      }
      await page.clock.fastForward(30 * SECOND);
    }
    // Each of the three is a pair worked one side and then the other.
    expect(steps).toEqual(['3 left', '3 right', '8 left', '8 right', '11 left', '11 right']);
  });
});
