import { openAtlas } from './support/atlas-page';
import { DATASET } from './support/dataset';
import { expect, test } from './support/fixtures';
import { waitForScene, waitForStillCamera } from './support/scene-page';

interface ContextLedger {
  /** Canvases that were handed a WebGL context, by creation order. */
  canvases: number;
  /** `webglcontextlost` events seen on any of them. */
  lost: number;
}

/**
 * The page may hold as many WebGL contexts as it has canvases that draw: the 3D view, plus the
 * one-off probe that asks whether WebGL works at all. Chromium starts dropping the oldest context
 * (and the view goes blank) once a page holds too many.
 */
const CANVASES_THE_PAGE_NEEDS = 2;

test.describe('WebGL contexts, in Chromium', () => {
  test('opens no new WebGL context, loses none and compiles no shader twice while every point is chosen in turn', async ({
    page,
  }) => {
    // Before the first load, so the ledger sees every canvas the page ever makes.
    await page.addInitScript(() => {
      const ledger = { canvases: 0, lost: 0 };
      Object.defineProperty(window, '__webglLedger', { value: ledger });
      const seen = new WeakSet<HTMLCanvasElement>();
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        kind: string,
        ...rest: unknown[]
      ) {
        const context = (original as (...args: unknown[]) => unknown).call(this, kind, ...rest);
        if (context !== null && kind.startsWith('webgl') && !seen.has(this)) {
          seen.add(this);
          ledger.canvases += 1;
          this.addEventListener('webglcontextlost', () => (ledger.lost += 1));
        }
        return context;
      } as typeof original;
    });
    // The camera jumps instead of flying; the 24 points go through every posture the figure takes.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // #perf: the page counts the shader programs it compiles (src/scene/stage/PerfProbe.tsx).
    await openAtlas(page, '#perf');
    await waitForScene(page);
    for (const point of DATASET.points) {
      await page
        .locator(`[data-testid="point-list"] [data-point="${point.number}"] button`)
        .click();
      await expect(
        page.locator(`.marker[data-point="${point.number}"][data-selected="true"]`).first(),
      ).toBeAttached();
    }
    const ledger = await page.evaluate(
      () => (window as unknown as { __webglLedger: ContextLedger }).__webglLedger,
    );
    expect(ledger.lost, 'no WebGL context was lost').toBe(0);
    expect(ledger.canvases).toBeLessThanOrEqual(CANVASES_THE_PAGE_NEEDS);
    // A material thrown away with a point and made again with the next has its program compiled
    // again: a stalled frame at every choice (a tenth of a second on a phone).
    await waitForStillCamera(page);
    const programs = await page.evaluate(() => {
      const perf = window.__atlasPerf!;
      return { inUse: perf.programs, compiled: perf.programsCompiled };
    });
    expect(programs.inUse).toBeGreaterThan(0);
    expect(programs.compiled, 'every shader program compiled is still in use').toBe(programs.inUse);
  });
});
