// Serves the production build (dist/) and prints its URL: `npm start` (after the build) or
// `npm run preview`. Run by Node with tsx's loader (`node --import tsx`), so the server shares
// the classroom protocol's TypeScript and zod schemas with the browser; nothing else is needed
// beyond what `npm ci` installs.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAtlasServer } from './app.ts';

// ATLAS_DIST lets a second build (e.g. a parallel test run) be served from elsewhere.
const root = resolve(
  process.env.ATLAS_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url)),
);
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4173);

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No build to serve in ${root}: run \`npm run build\` first (npm start does).`);
  process.exit(1);
}

const server = createAtlasServer({ root });

server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  // The browser tests read this line (src/e2e/support/server.ts): keep its shape.
  console.log(
    `Acupressure atlas running at http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}/`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)));
