import type { Page } from 'playwright-core';
import type { ViewArea } from '../../scene/framing/open-area';

/**
 * The 3D view's size and the controls over it, read from the page as a user sees them: the notes,
 * the view buttons, a mode's caption over the stage, and the phone's sheet where it overlaps the
 * view. In CSS pixels from the view's top left, as framing takes them.
 */
export function measureViewArea(page: Page): Promise<ViewArea> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="body-stage"] canvas');
    if (canvas === null) throw new Error('no 3D view on the page');
    const view = canvas.getBoundingClientRect();
    const controls = [
      ...document.querySelectorAll(
        '[data-testid="body-stage"] .legend, .posture-control, .view-toolbar__group, [data-testid="bottom-sheet"]',
      ),
    ];
    const covered = controls
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .map((box) => ({
        left: Math.max(0, box.left - view.left),
        right: Math.min(view.width, box.right - view.left),
        top: Math.max(0, box.top - view.top),
        bottom: Math.min(view.height, box.bottom - view.top),
      }))
      .filter((box) => box.right > box.left && box.bottom > box.top)
      .map((box) => ({
        left: Math.round(box.left),
        right: Math.round(box.right),
        top: Math.round(box.top),
        bottom: Math.round(box.bottom),
      }));
    return {
      width: Math.round(view.width),
      height: Math.round(view.height),
      covered,
    };
  });
}
