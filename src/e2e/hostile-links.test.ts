import { describe, expect, it } from 'vitest';
import { useBuiltAtlas } from './support/built-atlas';
import { browserAvailable } from './support/browser';
import { openAtlas } from './support/atlas-page';
import type { Dialog, WebError } from 'playwright-core';
import { POINT_COUNT } from './support/expected';

/** A mangled or malicious link, the hint it must produce and the link the atlas keeps. */
const LINKS = [
  {
    search: '?point=%3Cscript%3Ealert(1)%3C%2Fscript%3E&self=named',
    hint: 'point=<script>alert(1)</script> was ignored',
    kept: '?self=named',
  },
  {
    search: '?%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1&point=3',
    hint: '<img src=x onerror=alert(1)>',
    kept: '?point=3',
  },
  {
    search: '?posture=%22onmouseover%3D%22alert(1)&region=foot',
    hint: 'posture="onmouseover="alert(1) was ignored',
    kept: '?region=foot',
  },
  {
    search: `?point=${'9'.repeat(5000)}&symmetry=midline`,
    hint: 'point=999',
    kept: '?symmetry=midline',
  },
  {
    search: '?point=1e9&point=4&mode=hack&region=leg',
    hint: 'point=1e9 was ignored',
    kept: '?region=leg',
  },
  {
    search: '?point=%E2%80%AE8&self=any',
    hint: `points are numbered 1 to ${POINT_COUNT}`,
    kept: '?self=any',
  },
];

describe.skipIf(!browserAvailable())('hostile links, in Chromium', () => {
  // The links are about the DOM; without WebGL each page loads fast on a busy machine.
  const atlas = useBuiltAtlas({ webgl: false });

  it.each(LINKS)('$search: hint shown, nothing injected, the rest applied', async (link) => {
    const errors: string[] = [];
    const dialogs: string[] = [];
    const onError = (error: WebError) => errors.push(error.error().message);
    const onDialog = (dialog: Dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    };
    // On the context, so errors and alerts during the first load are caught too.
    atlas.browser.context.on('weberror', onError);
    atlas.browser.context.on('dialog', onDialog);
    try {
      const page = await openAtlas(atlas.browser.context, atlas.server.url, link.search);
      const hints = page.getByTestId('link-hints');
      expect(await hints.isVisible()).toBe(true);
      expect(await hints.innerText()).toContain(link.hint);
      expect(await page.getByTestId('point-list').isVisible()).toBe(true);
      const injected = await page.evaluate(
        () =>
          document.querySelectorAll(
            '[onerror], [onmouseover], img[src="x"], body script:not([src])',
          ).length,
      );
      expect(injected).toBe(0);
      expect(new URL(page.url()).search).toBe(link.kept);
      await page.close();
    } finally {
      atlas.browser.context.off('weberror', onError);
      atlas.browser.context.off('dialog', onDialog);
    }
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
