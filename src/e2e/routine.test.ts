import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../data/full-dataset';
import { openAtlas } from './support/atlas-page';
import { axeViolations } from './support/axe';
import { useBuiltAtlas } from './support/built-atlas';
import { browserAvailable } from './support/browser';
import { POINT_COUNT, SELF_NAMED, SELF_NAMED_NUMBERS } from './support/expected';
import { waitForStillCamera } from './support/scene-page';

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
 * Stopped a little ahead of the page's time, since the clock cannot be sent back. The clock is the
 * browser context's, shared by the tests after: a test that holds it resumes it before it ends.
 */
async function holdClock(page: Page) {
  await page.clock.pauseAt(await page.evaluate((ahead) => Date.now() + ahead, 5 * SECOND));
}

const currentPoint = async (page: Page) =>
  Number(await page.locator('[data-routine-point]').getAttribute('data-routine-point'));

async function answerAll(page: Page, yesAt: number | null) {
  const questions = page.locator('.routine-question');
  const count = await questions.count();
  expect(count).toBe(DATASET.contraindications.length);
  for (let i = 0; i < count; i++)
    await questions
      .nth(i)
      .getByRole('radio', { name: i === yesAt ? 'Yes' : 'No' })
      .check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Through the check (all "no") and the plan, to the first point with its timer set. */
async function beginRoutine(page: Page, minutes: number) {
  await answerAll(page, null);
  await page.getByRole('radio', { name: String(minutes), exact: true }).check();
  await page.getByRole('button', { name: /^Begin/ }).click();
  await page.locator('.routine-step').waitFor();
}

describe.skipIf(!browserAvailable())('the self-massage routine', () => {
  const atlas = useBuiltAtlas();

  /** A fresh page on a fake clock, with nothing saved from an earlier test. */
  async function openRoutine(query = ROUTINE, { clock = true } = {}) {
    const blank = await openAtlas(atlas.browser.context, atlas.server.url);
    await blank.evaluate(() => localStorage.clear());
    await blank.close();
    const page = await atlas.browser.context.newPage();
    await page.addInitScript(stubWakeLock);
    if (clock) await page.clock.install({ time: CLOCK_START });
    await page.goto(new URL(query, atlas.server.url).toString());
    await page.waitForSelector('html[data-atlas-live] .routine-layout');
    return page;
  }

  it('asks the warnings first: a "yes" stops it, review is possible, all "no" goes on', async () => {
    const page = await openRoutine();
    try {
      expect(await page.getByTestId('evidence-notice').isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await answerAll(page, 0);
      const stop = page.locator('.routine-stopped');
      await stop.waitFor();
      expect(await stop.textContent()).toContain(DATASET.contraindications[0]!.text);
      // The notice stays on screen above it, so the stop screen does not repeat its statement.
      const notice = await page.getByTestId('evidence-notice').innerText();
      expect(notice).toContain(DATASET.evidence.headline);
      expect(notice).toContain(DATASET.evidence.statement);
      expect(await stop.innerText()).toContain('see a doctor first');
      expect(await stop.innerText()).not.toContain(DATASET.evidence.statement);
      expect(await page.locator('.routine-step, .routine-plan').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Review my answers' }).click();
      const first = page.locator('.routine-question').first();
      expect(await first.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
      await answerAll(page, null);
      await page.locator('.routine-plan').waitFor();
      expect(await page.getByTestId('evidence-notice').isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('gives the whole evidence statement on the check where the notice cuts it short (phone)', async () => {
    const page = await openRoutine(ROUTINE, { clock: false });
    try {
      const statement = DATASET.evidence.statement;
      expect(await page.locator('.routine-check').innerText()).not.toContain(statement);
      await page.setViewportSize({ width: 390, height: 844 });
      // Upright on a phone the notice keeps two lines of it; the check says it whole.
      expect(await page.locator('.routine-check').innerText()).toContain(statement);
    } finally {
      await page.close();
    }
  });

  it('counts, pauses, switches side halfway, ends the point and sums up', async () => {
    const page = await openRoutine();
    try {
      await beginRoutine(page, 1);
      expect(await currentPoint(page)).toBe(ONE_SIDE_THEN_OTHER.number);
      expect(await page.getByTestId('routine-side').textContent()).toMatch(/^Left /);
      expect(await wakeLockLog(page)).toEqual([]); // nothing held before the timer runs
      expect(await axeViolations(page)).toEqual([]);

      await holdClock(page);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.clock.fastForward(10 * SECOND);
      expect(await secondsLeft(page)).toBe(50);
      expect(await wakeLockLog(page)).toEqual(['request:screen']);

      await page.getByRole('button', { name: 'Pause' }).click();
      await page.clock.fastForward(30 * SECOND);
      expect(await secondsLeft(page)).toBe(50);
      expect(await wakeLockLog(page)).toEqual(['request:screen', 'release']);

      await page.getByRole('button', { name: 'Resume' }).click();
      await page.clock.fastForward(21 * SECOND);
      expect(await page.locator('[data-routine-side]').getAttribute('data-routine-side')).toBe('1');
      expect(await page.getByTestId('routine-side').textContent()).toMatch(/^Right /);

      await page.clock.fastForward(30 * SECOND);
      expect(await currentPoint(page)).toBe(BOTH_AT_ONCE.number);
      expect(await page.getByTestId('routine-side').textContent()).toMatch(/at once/);
      expect(await page.getByRole('button', { name: 'Start' }).isVisible()).toBe(true);

      await page.getByRole('button', { name: 'Start' }).click();
      await page.clock.fastForward(MINUTE + SECOND);
      const summary = page.getByTestId('routine-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toMatch(
        /Points done\s*2\s*Skipped\s*0\s*Time pressing\s*2 min/,
      );
      await page.clock.resume(); // axe waits on the page's timers
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.clock.resume(); // the clock is the browser context's: the next tests share it
      await page.close();
    }
  });

  it('works from the keyboard alone', async () => {
    const page = await openRoutine();
    /** Tabs forward until the focused element matches, as a keyboard user would. */
    const tabTo = async (source: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(`(${source})(document.activeElement)`)) return;
      }
      throw new Error(`never reached ${source}`);
    };
    try {
      const isRadioOf = (q: number) => `(el) => el?.getAttribute('name') === 'routine-check-${q}'`;
      await tabTo(isRadioOf(0));
      for (let q = 0; q < DATASET.contraindications.length; q++) {
        if (q > 0) await page.keyboard.press('Tab');
        expect(await page.evaluate(`(${isRadioOf(q)})(document.activeElement)`)).toBe(true);
        await page.keyboard.press('ArrowRight'); // from "Yes" to "No", which checks it
      }
      await tabTo(`(el) => el?.textContent === 'Continue'`);
      await page.keyboard.press('Enter');
      await tabTo(`(el) => /^Begin/.test(el?.textContent ?? '')`);
      await page.keyboard.press('Enter');
      await page.locator('.routine-step').waitFor();
      await tabTo(`(el) => el?.textContent === 'Start'`);
      await page.keyboard.press('Enter');
      expect(await page.getByRole('button', { name: 'Pause' }).isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('skip and back move between points', async () => {
    const page = await openRoutine();
    try {
      await beginRoutine(page, 1);
      await page.getByRole('button', { name: 'Skip this point' }).click();
      expect(await currentPoint(page)).toBe(BOTH_AT_ONCE.number);
      await page.getByRole('button', { name: 'Back to the previous point' }).click();
      expect(await currentPoint(page)).toBe(ONE_SIDE_THEN_OTHER.number);
      await page.getByRole('button', { name: 'Skip this point' }).click();
      await page.getByRole('button', { name: 'Skip this point' }).click();
      expect(await page.getByTestId('routine-summary').textContent()).toMatch(
        /Points done\s*0\s*Skipped\s*2/,
      );
    } finally {
      await page.close();
    }
  });

  it('resumes after a reload at the same point, side and time', async () => {
    const page = await openRoutine();
    try {
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
      expect(await page.getByTestId('routine-side').textContent()).toMatch(/^Right /);
      await page.reload();
      await page.locator('.routine-step').waitFor();
      const after = await timeAndClock();
      const left = after.left;
      // The clock went on during the reload (time is honest): what it took is read, not assumed.
      const reloadSeconds = (after.at - before.at) / SECOND;
      expect(await currentPoint(page)).toBe(before.point);
      expect(await page.getByTestId('routine-side').textContent()).toMatch(/^Right /);
      // Whole seconds, redrawn once a second: each read may trail the clock by up to one tick.
      expect(Math.abs(left - (before.left - reloadSeconds))).toBeLessThanOrEqual(2);
      expect(await page.getByRole('button', { name: 'Pause' }).isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('tells screen readers the time once a minute, not every second', async () => {
    const page = await openRoutine();
    try {
      await beginRoutine(page, 2);
      const live = page.getByTestId('routine-announcer');
      expect(await live.getAttribute('aria-live')).toBe('polite');
      await holdClock(page);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.clock.fastForward(SECOND);
      expect(await live.textContent()).toMatch(/^2 minutes left/);
      await page.clock.fastForward(30 * SECOND);
      expect(await live.textContent()).toMatch(/^2 minutes left/);
      await page.clock.fastForward(30 * SECOND);
      const minuteLater = await live.textContent();
      expect(minuteLater).toMatch(/^1 minute left/);
      await page.clock.fastForward(20 * SECOND);
      expect(await live.textContent()).toBe(minuteLater);
      expect(await page.getByTestId('routine-time').getAttribute('aria-live')).toBeNull();
    } finally {
      await page.clock.resume(); // the clock is the browser context's: the next tests share it
      await page.close();
    }
  });

  it('starts from the self-massage filter on the named points, and offers to resume', async () => {
    const blank = await openAtlas(atlas.browser.context, atlas.server.url);
    await blank.evaluate(() => localStorage.clear());
    await blank.close();
    const page = await openAtlas(atlas.browser.context, atlas.server.url, '?self=named');
    try {
      expect(await page.getByTestId('resume-routine').count()).toBe(0);
      await page.getByRole('button', { name: 'Start a routine' }).click();
      await page.locator('.routine-layout').waitFor();
      expect(new URL(page.url()).searchParams.get('points')).toBe(SELF_NAMED_NUMBERS.join(','));
      await answerAll(page, null);
      const picked = page.locator('.routine-plan__points input:checked');
      await page.locator('.routine-plan').waitFor();
      expect(await picked.count()).toBe(SELF_NAMED_NUMBERS.length);
      await page.getByRole('button', { name: /^Begin/ }).click();
      expect(await currentPoint(page)).toBe(SELF_NAMED_NUMBERS[0]);

      await page.getByRole('button', { name: 'Leave' }).click();
      await page.goto(atlas.server.url);
      await page.waitForSelector('html[data-atlas-live] .atlas');
      await page.getByRole('button', { name: 'Resume your routine' }).click();
      await page.locator('.routine-step').waitFor();
      expect(await currentPoint(page)).toBe(SELF_NAMED_NUMBERS[0]);
    } finally {
      await page.close();
    }
  });

  it('discards a corrupt saved routine with a notice and starts afresh', async () => {
    const blank = await openAtlas(atlas.browser.context, atlas.server.url);
    await blank.evaluate(() => localStorage.setItem('acupressure-atlas.routine', '{"version":1,'));
    const page = await atlas.browser.context.newPage();
    await blank.close();
    try {
      await page.goto(new URL(ROUTINE, atlas.server.url).toString());
      await page.waitForSelector('html[data-atlas-live] .routine-layout');
      const notice = page.getByTestId('routine-discarded');
      expect(await notice.textContent()).toMatch(/discarded: it could not be read/);
      expect(await page.locator('.routine-check').isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('a link with bad point numbers shows a hint and still opens the routine', async () => {
    const page = await openRoutine(
      `?mode=routine&points=${BOTH_AT_ONCE.number},0,${POINT_COUNT + 1},abc`,
      { clock: false },
    );
    try {
      const hints = page.getByTestId('link-hints');
      expect(await hints.textContent()).toContain(`points are numbered 1 to ${POINT_COUNT}`);
      expect(await hints.textContent()).toContain('abc');
      await beginRoutine(page, 1);
      expect(await currentPoint(page)).toBe(BOTH_AT_ONCE.number);
      expect(
        await page
          .locator('.routine-step')
          .getByText(/Point 1 of 1/)
          .count(),
      ).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('shows on the body the side each step names, and says so: 3 → 8 → 11 at one minute', async () => {
    const page = await openRoutine('?mode=routine&points=3,8,11');
    // Camera moves jump: where the view rests is what is checked, not the flight.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const sideShown = async () => {
      await page.clock.resume(); // the view draws on animation frames, which the held clock stops
      await waitForStillCamera(page);
      const words = (await page.getByTestId('routine-side').textContent()) ?? '';
      const named = /^(Left|Right) /.exec(words)?.[1]?.toLowerCase() ?? null;
      const pins = await page
        .locator('.marker[data-selected="true"][data-hidden="false"]')
        .evaluateAll((labels) => labels.map((label) => label.dataset.side));
      const seen = (await page.getByTestId('view-bearings').textContent()) ?? '';
      await holdClock(page);
      return { named, pins, seen };
    };
    try {
      await beginRoutine(page, 1);
      const steps: string[] = [];
      for (const point of [3, 8, 11]) {
        expect(await currentPoint(page)).toBe(point);
        await page.getByRole('button', { name: 'Start' }).click();
        for (const half of [0, 1]) {
          const { named, pins, seen } = await sideShown();
          steps.push(`${point} ${named}`);
          if (named !== null) {
            expect(pins, `point ${point}, half ${half}`).toEqual([named]);
            expect(seen.toLowerCase(), `point ${point}, half ${half}`).toContain(`: ${named} `);
          }
          if (half === 0) await page.clock.fastForward(31 * SECOND);
        }
        await page.clock.fastForward(30 * SECOND);
      }
      // Each of the three is a pair worked one side and then the other.
      expect(steps).toEqual(['3 left', '3 right', '8 left', '8 right', '11 left', '11 right']);
    } finally {
      await page.clock.resume();
      await page.close();
    }
  });
});
