import { config } from 'zod';

// Zod probes `new Function` when a schema is built, to compile faster parsers. The app's CSP
// forbids eval and reports even that caught probe as a violation, so build every schema without
// it. Imported first in main.tsx: it must run before any schema module.
config({ jitless: true });
