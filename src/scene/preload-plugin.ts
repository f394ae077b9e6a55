import type { HtmlTagDescriptor, Plugin } from 'vite';
import { importClosure } from '../lib/import-closure';

/** The module the first screen imports lazily to show the body (src/app/BodyStageSlot.tsx). */
const BODY_VIEW_MODULE = /[\\/]src[\\/]scene[\\/]BodyStage\.tsx$/;
const PLACEMENT_FILE = /^assets\/body-placement-[\w-]+\.json$/;
/** public/models/body.glb, which useBodyAsset loads. */
const MODEL_FILE = 'models/body.glb';

interface BundleChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  imports?: string[];
  isEntry?: boolean;
  facadeModuleId?: string | null;
}

/** `fileName` and every chunk it imports statically, at any depth. */
function withImports(bundle: Record<string, BundleChunk>, fileName: string): Set<string> {
  return importClosure(fileName, (file) => bundle[file]?.imports ?? []);
}

/**
 * Lets the browser fetch what the 3D view needs while the first screen starts: the view's chunks
 * (compiled off the main thread, evaluated only when the first screen asks for them after its
 * first paint), the body model and the placement file. At low priority, so on a slow network
 * they queue behind the first screen's own script, styles and fonts. Without these the model's
 * download began only once three.js had been fetched and run.
 */
export function preloadBodyView(): Plugin {
  let base = '/';
  return {
    name: 'atlas-preload-body-view',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const bundle = (context.bundle ?? {}) as unknown as Record<string, BundleChunk>;
        const chunks = Object.values(bundle);
        const entry = chunks.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
        const view = chunks.find(
          (chunk) => chunk.type === 'chunk' && BODY_VIEW_MODULE.test(chunk.facadeModuleId ?? ''),
        );
        if (entry === undefined || view === undefined) {
          throw new Error('preloadBodyView: the build has no entry or no 3D view chunk');
        }
        const firstScreen = withImports(bundle, entry.fileName);
        const viewChunks = [...withImports(bundle, view.fileName)]
          .filter((file) => !firstScreen.has(file))
          .sort();
        const placement = chunks.find((chunk) => PLACEMENT_FILE.test(chunk.fileName));
        if (placement === undefined) throw new Error('preloadBodyView: no placement file');
        // `crossorigin` makes each the same kind of request as the page's own (import() from the
        // entry script, which Vite marks so; fetch() of the files), so the preloaded response
        // is the one used: CORS mode with same-origin credentials.
        const link = (attrs: Record<string, string>): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { ...attrs, crossorigin: '', fetchpriority: 'low' },
          injectTo: 'head',
        });
        const fetched = (file: string) =>
          link({ rel: 'preload', as: 'fetch', href: `${base}${file}` });
        return [
          ...viewChunks.map((file) => link({ rel: 'modulepreload', href: `${base}${file}` })),
          fetched(MODEL_FILE),
          fetched(placement.fileName),
        ];
      },
    },
  };
}
