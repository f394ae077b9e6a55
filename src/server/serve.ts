// Serves the production build (dist/) and the classroom hub, and prints its URL: `npm start`
// (after the build), `npm start -- --class` for the class, or `npm run preview`. Run by Node
// with tsx's loader (`node --import tsx`), so the server shares the classroom protocol's
// TypeScript and zod schemas with the browser; nothing beyond what `npm ci` installs.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowedHosts } from './allowed-hosts.ts';
import { createAtlasServer } from './app.ts';
import { ClassHub } from './class-hub.ts';
import { joinOrigins, lanAddresses } from './network.ts';
import { terminalQr } from './terminal-qr.ts';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--class');
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}: the only one is --class.`);
  process.exit(2);
}
const classMode = args.includes('--class');

// ATLAS_DIST lets a second build (e.g. a parallel test run) be served from elsewhere.
const root = resolve(
  process.env.ATLAS_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url)),
);
const host = process.env.HOST ?? (classMode ? '0.0.0.0' : '127.0.0.1');
const port = Number(process.env.PORT ?? 4173);

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No build to serve in ${root}: run \`npm run build\` first (npm start does).`);
  process.exit(1);
}

let listeningPort = port;
const hub = new ClassHub({ joinOrigins: () => joinOrigins(host, listeningPort, lanAddresses) });
const server = createAtlasServer({
  root,
  routes: [hub.route],
  allowedHosts: allowedHosts({
    listenHost: host,
    lanAddresses,
    extraNames: (process.env.ATLAS_HOSTS ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== ''),
  }),
});

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is in use: stop the other server or start with PORT=${port + 1}.`
      : `Could not start the server: ${error.message}`,
  );
  process.exit(1);
});

server.listen(port, host, () => {
  const address = server.address();
  listeningPort = typeof address === 'object' && address !== null ? address.port : port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  // The browser tests read this line (src/e2e/support/server.ts): keep its shape.
  console.log(
    `Acupressure atlas running at http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${listeningPort}/`,
  );
  const origins = joinOrigins(host, listeningPort, lanAddresses);
  if (host === '127.0.0.1' || host === 'localhost') {
    console.log('Only this computer can open it. For a class: npm start -- --class');
    return;
  }
  if (origins.length === 0) {
    console.log('No network found: join the room’s Wi-Fi, or a phone hotspot, and start again.');
    return;
  }
  console.log('Students join on the same Wi-Fi at:');
  for (const origin of origins) console.log(`  ${origin}/`);
  console.log(
    `On this computer open http://localhost:${listeningPort}/ and choose "Share with the class".`,
  );
  if (process.stdout.isTTY) {
    console.log(`\nOr scan this to open ${origins[0]}/ :\n`);
    console.log(terminalQr(`${origins[0]}/`));
  }
  console.log(
    'Phones on plain http:// get no offline copy and no screen lock (not a secure context);' +
      ' everything else works. If they cannot connect, see src/class/README.md.',
  );
});

// The load run (src/server/load/run.ts) asks its child server for memory figures over IPC;
// nothing listens for this on an ordinary `npm start`.
if (process.env.ATLAS_STATS_IPC === '1' && process.send !== undefined) {
  process.on('message', (message) => {
    if (message !== 'stats') return;
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    process.send?.({ type: 'stats', memory: process.memoryUsage(), hub: hub.stats() });
  });
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    // Streams close without "ended": the lesson goes on when the server is back.
    hub.close();
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
