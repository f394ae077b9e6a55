import { join } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { validatedDataset } from '../../../points/dataset-plugin.ts';

/** `import placementUrl from 'virtual:body-placement'`: the URL of the placement file. */
const MODULE_ID = 'virtual:body-placement';
const RESOLVED_ID = `\0${MODULE_ID}`;
const DEV_PATH = '/@atlas/body-placement.json';
const MODEL = ['public', 'models', 'body.glb'];
const INPUTS = [MODEL, ['points', 'points.json']];

/**
 * Places the points on the body at build time (see placement-asset.ts) and ships the result as a
 * hashed JSON asset; the dev server computes it per request instead, so an edited dataset or a
 * regenerated model shows at once.
 */
export function prebuiltPlacement(): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'build';
  const compute = async () => {
    const { module } = await runnerImport<typeof import('./placement-file.ts')>(
      '/src/scene/body/placement-file.ts',
      { root, configFile: false, logLevel: 'warn', plugins: [validatedDataset()] },
    );
    return module.placementFileText(join(root, ...MODEL));
  };
  return {
    name: 'atlas-prebuilt-placement',
    configResolved: (config) => {
      root = config.root;
      command = config.command;
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (command === 'serve') return `export default ${JSON.stringify(DEV_PATH)};`;
      for (const input of INPUTS) this.addWatchFile(join(root, ...input));
      const reference = this.emitFile({
        type: 'asset',
        name: 'body-placement.json',
        source: await compute(),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_request, response, next) => {
        compute().then((text) => {
          response.setHeader('Content-Type', 'application/json');
          response.end(text);
        }, next);
      });
    },
  };
}
