import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import '@fontsource/atkinson-hyperlegible-next/latin-400.css';
import '@fontsource/atkinson-hyperlegible-next/latin-700.css';
import '../styles/tokens.css';
import '../styles/base.css';
import { atlasElement } from './atlas-element';
import { OPENING_LINK_ATTRIBUTE } from '../prerender/opening-link-attribute';
import { useAtlasStore } from '../state/atlas-store';
import { toSearch } from '../state/url';
import { startUrlSync } from '../state/url-sync';
import { DATASET_SUMMARY } from '../data/dataset';
import { exploreFacts } from '../features/explore/explore-facts';
import { afterNextFrame } from '../lib/after-next-frame';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
const root: HTMLElement = container;
/** Longest a link to a point waits, hidden, for the point's facts before it shows without them. */
const LINKED_FACTS_WAIT_MS = 3000;

try {
  startUrlSync(DATASET_SUMMARY.points.length);
  if (root.firstElementChild !== null && opensAsPrerendered()) {
    showing(() =>
      hydrateRoot(root, atlasElement(), {
        // A mismatch means the prerendered first screen drifted from the app; say so plainly.
        onRecoverableError: (error) =>
          console.error('atlas: hydration fell back to rendering', error),
      }),
    );
  } else {
    // A link that opens a point, a filter or a mode draws a different first screen than the
    // prerendered one, so it is drawn afresh rather than hydrated into a mismatch. A point's
    // facts load after the first screen; a link to one waits a little for them (the page stays
    // hidden), then shows without them if they are slow. Not with a top-level await: their
    // chunk imports this one, which would wait for itself.
    const { mode, point } = useAtlasStore.getState();
    const facts = mode === 'explore' && point !== null ? exploreFacts.load() : Promise.resolve();
    void Promise.race([facts, delay(LINKED_FACTS_WAIT_MS)])
      .catch(() => undefined)
      .then(() =>
        showing(() => {
          root.replaceChildren();
          const fresh = createRoot(root);
          // Drawn synchronously so the hidden root is shown with the linked view, never the plain one.
          flushSync(() => fresh.render(atlasElement()));
        }),
      );
  }
  // The details pane's facts, ready before anyone can choose a point.
  if (useAtlasStore.getState().mode === 'explore') {
    afterNextFrame(() => void exploreFacts.load().catch(() => undefined));
  }
} catch (error) {
  // Whatever failed, never leave the page hidden.
  document.documentElement.removeAttribute(OPENING_LINK_ATTRIBUTE);
  throw error;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Draws the app, then shows the page whatever happened: it is never left hidden. */
function showing(draw: () => void) {
  try {
    draw();
  } finally {
    document.documentElement.removeAttribute(OPENING_LINK_ATTRIBUTE);
  }
}

/** The build prerenders the plain opening link: no point, no filter, no mode, no hint. */
function opensAsPrerendered(): boolean {
  const { mode, point, filters, linkHints } = useAtlasStore.getState();
  return toSearch({ mode, point, filters }) === '' && linkHints.length === 0;
}
