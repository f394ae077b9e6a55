import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { LOOPBACK_ONLY, type AllowedHosts } from './allowed-hosts.ts';
import { hasBody } from './json-io.ts';
import { setSecurityHeaders } from './security-headers.ts';
import { plain, createStaticSite } from './static-files.ts';

/** A handler for part of the URL space; returns false when the path is not its own. */
export type Route = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
) => Promise<boolean>;

export interface AtlasServerOptions {
  /** The built atlas (dist/). */
  root: string;
  /** Tried before the static files, in order (the classroom API). */
  routes?: Route[];
  /** The names in `Host` it answers to; loopback names only by default. */
  allowedHosts?: AllowedHosts;
}

/**
 * The HTTP server behind `npm start`: the routes first, then the built files. Every request is
 * handled inside one try/catch, so no input can crash the process; a handler that throws gets a
 * 500 (or, if it had started answering, a closed connection).
 */
export function createAtlasServer({
  root,
  routes = [],
  allowedHosts = LOOPBACK_ONLY,
}: AtlasServerOptions): Server {
  const site = createStaticSite(root);
  const server = createServer({ noDelay: true }, (request, response) => {
    void handle(request, response);
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      setSecurityHeaders(response);
      if (!allowedHosts.allows(request.headers.host)) {
        closeIfBodyUnread(request, response);
        plain(
          response,
          421,
          'This server does not answer to that host name. Open it by its own address, or add ' +
            'the name to ATLAS_HOSTS when it starts.',
        );
        return;
      }
      // Joined, not resolved: a request for "//host/x" stays a path and never names a host.
      const target = request.url ?? '/';
      const url = new URL(`http://atlas.invalid${target.startsWith('/') ? '' : '/'}${target}`);
      for (const route of routes) if (await route(request, response, url)) return;
      // Nothing past here takes a body: one sent anyway is not read, and the connection closes.
      closeIfBodyUnread(request, response);
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        plain(response, 404, `No such API: ${url.pathname.slice(0, 200)}`);
        return;
      }
      await site.handle(request, response, url.pathname);
    } catch (error) {
      if (!response.headersSent) {
        plain(response, 500, `Could not answer this request: ${(error as Error).message}`);
      } else {
        response.destroy();
      }
    }
  }

  // A request line or header that Node cannot parse never reaches the handler: answer it here.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

/** Ends the connection after this answer instead of reading a body nothing here wants. */
function closeIfBodyUnread(request: IncomingMessage, response: ServerResponse): void {
  if (hasBody(request) && !request.complete) response.setHeader('Connection', 'close');
}
