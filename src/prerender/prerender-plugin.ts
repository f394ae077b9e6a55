import react from '@vitejs/plugin-react';
import { runnerImport, type Plugin } from 'vite';
import { validatedDataset } from '../../points/dataset-plugin.ts';
import { OPENING_LINK_SCRIPT } from './opening-link.ts';

const ROOT_ELEMENT = '<div id="root"></div>';
const NO_STYLES = '\0atlas-prerender-no-styles';

/**
 * Components import their own CSS; rendering to HTML needs the markup only (the client build
 * bundles the styles), so each stylesheet resolves to an empty module here.
 */
function stylesLeftToTheBuild(): Plugin {
  return {
    name: 'atlas-prerender-styles-left-to-the-build',
    enforce: 'pre',
    resolveId: (id) => (id.endsWith('.css') ? NO_STYLES : undefined),
    load: (id) => (id === NO_STYLES ? 'export {}' : undefined),
  };
}

const PLACEMENT_URL_MODULE = 'virtual:body-placement';
const NO_PLACEMENT_URL = '\0atlas-prerender-no-placement-url';

/**
 * The placement file is emitted by the client build (placement-plugin.ts); the first screen
 * fetches it only in the browser, after its first paint, so rendering to HTML needs no address.
 */
function placementUrlLeftToTheBuild(): Plugin {
  return {
    name: 'atlas-prerender-placement-url-left-to-the-build',
    enforce: 'pre',
    resolveId: (id) => (id === PLACEMENT_URL_MODULE ? NO_PLACEMENT_URL : undefined),
    load: (id) => (id === NO_PLACEMENT_URL ? 'export default "";' : undefined),
  };
}

/**
 * Writes the first screen into the built index.html (see first-screen.tsx): on a weak school
 * laptop the notice and the list then paint with the HTML, before the app's script is fetched
 * and run. Build only; the dev server keeps rendering in the browser.
 */
export function prerenderFirstScreen(): Plugin {
  let root = process.cwd();
  return {
    name: 'atlas-prerender-first-screen',
    apply: 'build',
    configResolved: (config) => {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: async (html) => {
        if (!html.includes(ROOT_ELEMENT)) {
          throw new Error(`index.html must hold an empty ${ROOT_ELEMENT} to prerender into`);
        }
        const { module } = await runnerImport<typeof import('./first-screen.tsx')>(
          '/src/prerender/first-screen.tsx',
          {
            root,
            configFile: false,
            logLevel: 'warn',
            plugins: [
              stylesLeftToTheBuild(),
              placementUrlLeftToTheBuild(),
              validatedDataset(),
              react(),
            ],
          },
        );
        return {
          // A function, so "$&" or "$'" in the rendered text is never read as a pattern.
          html: html.replace(
            ROOT_ELEMENT,
            () => `<div id="root">${module.renderFirstScreen()}</div>`,
          ),
          tags: [{ tag: 'script', children: OPENING_LINK_SCRIPT, injectTo: 'head' }],
        };
      },
    },
  };
}
