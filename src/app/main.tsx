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
import { DATASET } from '../data/dataset';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

try {
  startUrlSync(DATASET.points.length);
  if (container.firstElementChild !== null && opensAsPrerendered()) {
    hydrateRoot(container, atlasElement(), {
      // A mismatch means the prerendered first screen drifted from the app; say so plainly.
      onRecoverableError: (error) =>
        console.error('atlas: hydration fell back to rendering', error),
    });
  } else {
    // A link that opens a point, a filter or a mode draws a different first screen than the
    // prerendered one, so it is drawn afresh rather than hydrated into a mismatch.
    container.replaceChildren();
    const root = createRoot(container);
    // Drawn synchronously so the hidden root is shown with the linked view, never the plain one.
    flushSync(() => root.render(atlasElement()));
  }
} finally {
  // Whatever happened above, never leave the page hidden.
  document.documentElement.removeAttribute(OPENING_LINK_ATTRIBUTE);
}

/** The build prerenders the plain opening link: no point, no filter, no mode, no hint. */
function opensAsPrerendered(): boolean {
  const { mode, point, filters, linkHints } = useAtlasStore.getState();
  return toSearch({ mode, point, filters }) === '' && linkHints.length === 0;
}
