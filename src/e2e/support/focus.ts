import type { Page } from 'playwright-core';

export interface FocusState {
  /** A short description of the focused element, for failure messages and matching. */
  name: string;
  /** Outline width in px on the element that shows focus (a custom radio shows it on its label). */
  ringPx: number;
  /** True when the topmost element at the ring's centre is not the focused control or its label. */
  obscured: boolean;
  /** What lies on top instead, when obscured. */
  coveredBy: string;
}

/** Where focus is, whether its ring is drawn, and whether anything (canvas, panel) covers it. */
export function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    if (focused === null || focused === document.body) {
      return { name: 'body', ringPx: 0, obscured: true, coveredBy: '' };
    }
    const ring =
      focused.matches('.chip input') && focused.nextElementSibling instanceof HTMLElement
        ? focused.nextElementSibling
        : focused;
    const style = getComputedStyle(ring);
    const ringPx = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    const rect = ring.getBoundingClientRect();
    const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    const owner = focused.closest('label') ?? focused;
    const obscured = top === null || !(owner.contains(top) || focused.contains(top));
    const label =
      focused.getAttribute('aria-label') ??
      (focused as HTMLInputElement).labels?.[0]?.textContent ??
      focused.textContent ??
      '';
    const coveredBy = obscured && top !== null ? `${top.tagName} ${top.className}` : '';
    return {
      coveredBy,
      name: `${focused.tagName.toLowerCase()} "${label.trim().replace(/\s+/g, ' ')}"`,
      ringPx,
      obscured,
    };
  });
}

/**
 * Presses Tab until `wanted` matches the focused element's description, checking at every stop
 * that focus is visible and not hidden behind anything. Fails after `maxPresses`.
 */
export async function tabUntil(page: Page, wanted: RegExp, maxPresses = 80): Promise<FocusState> {
  const path: string[] = [];
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    path.push(state.name);
    const after = `after ${path.join(' → ')}`;
    if (state.ringPx < 2) throw new Error(`no visible focus ring on ${state.name}, ${after}`);
    if (state.obscured)
      throw new Error(`focus on ${state.name} is hidden under ${state.coveredBy}, ${after}`);
    if (wanted.test(state.name)) return state;
  }
  throw new Error(`Tab never reached ${wanted}, ${path.join(' → ')}`);
}
