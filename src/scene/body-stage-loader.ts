import { BODY_URL, PLACEMENT_URL } from './body/body-files';

type BodyStageModule = typeof import('./BodyStage');

let loadingMemo: Promise<BodyStageModule> | null = null;

/**
 * Starts everything the 3D view needs at once: its code (Vite preloads the chunks it imports) and,
 * beside it, the body model and the placement file with its check, so on a slow network the model downloads
 * while three.js does instead of after it has run. Called by the first screen once it has
 * painted, never from index.html: files fetched before the first paint share the network with
 * the first screen's own script, styles and fonts.
 */
export function loadBodyStage(): Promise<BodyStageModule> {
  if (loadingMemo === null) {
    preloadForFetch(BODY_URL);
    preloadForFetch(PLACEMENT_URL);
    // The placement file's check too, which the view imports only once it runs: fetched late,
    // the placement could come after the model and the first frame miss the chosen point.
    import('./body/placement-asset-check').catch(() => undefined);
    loadingMemo = import('./BodyStage');
  }
  return loadingMemo;
}

/**
 * A preload the page's own `fetch()` then takes over: `crossorigin` makes it the same request
 * (CORS mode, same-origin credentials), so the file is downloaded once.
 */
function preloadForFetch(href: string) {
  if (document.head.querySelector(`link[rel="preload"][href="${href}"]`) !== null) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = '';
  link.href = href;
  document.head.append(link);
}
