import react from '@vitejs/plugin-react';
import { runnerImport, type Plugin } from 'vite';
import { validatedDataset } from '../../points/dataset-plugin.ts';
import { OPENING_LINK_SCRIPT } from './opening-link.ts';

const ROOT_ELEMENT = '<div id="root"></div>';

/** Modules whose content is the client build's to make, each stood in for by an empty one. */
const LEFT_TO_THE_BUILD: { matches: (id: string) => boolean; id: string; code: string }[] = [
  // Components import their own CSS; rendering to HTML needs the markup only.
  { matches: (id) => id.endsWith('.css'), id: '\0atlas-prerender-no-styles', code: 'export {}' },
  // The placement file is emitted by the client build (placement-plugin.ts); the first screen
  // fetches it only in the browser, after its first paint, so the HTML needs no address.
  {
    matches: (id) => id === 'virtual:body-placement',
    id: '\0atlas-prerender-no-placement-url',
    code: 'export default "";',
  },
];

function leftToTheBuild(): Plugin {
  return {
    name: 'atlas-prerender-left-to-the-build',
    enforce: 'pre',
    resolveId: (source) => LEFT_TO_THE_BUILD.find((stub) => stub.matches(source))?.id,
    load: (id) => LEFT_TO_THE_BUILD.find((stub) => stub.id === id)?.code,
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
            plugins: [leftToTheBuild(), validatedDataset(), react()],
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
