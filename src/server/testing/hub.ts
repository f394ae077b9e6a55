import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAtlasServer } from '../app.ts';
import { ClassHub, type ClassHubOptions } from '../class-hub.ts';
import { closeServer, listen, rawRequest, type RawResponse } from './http.ts';

export const POINTS = Array.from({ length: 24 }, (_, index) => index + 1);

/** A tiny build to serve beside the hub. */
export function tinyDist(): string {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-hub-'));
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Atlas</title>');
  return folder;
}

export interface RunningHub {
  hub: ClassHub;
  server: Server;
  port: number;
  base: string;
  /** Moves the injected clock on. */
  advance(ms: number): void;
  stop(): Promise<void>;
}

/** A hub on a free loopback port with an injected clock, fast retries and no count delay. */
export async function startHub(options: ClassHubOptions = {}, port = 0): Promise<RunningHub> {
  let now = 1_000_000;
  const hub = new ClassHub({
    now: () => now,
    pointNumbers: POINTS,
    retryMs: 50,
    countDelayMs: 0,
    ...options,
  });
  const root = tinyDist();
  const server = createAtlasServer({ root, routes: [hub.route] });
  const actualPort =
    port === 0
      ? await listen(server)
      : await new Promise<number>((resolve, reject) => {
          server.once('error', reject);
          server.listen(port, '127.0.0.1', () => resolve(port));
        });
  return {
    hub,
    server,
    port: actualPort,
    base: `http://127.0.0.1:${actualPort}`,
    advance: (ms) => {
      now += ms;
    },
    stop: async () => {
      hub.close();
      await closeServer(server);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface JsonCall {
  method?: string;
  path: string;
  secret?: string;
  body?: unknown;
  /** Sent as is, instead of JSON.stringify(body). */
  raw?: string | Buffer;
  headers?: Record<string, string>;
  localAddress?: string;
}

export interface JsonResponse extends RawResponse {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read fields as they please
  json: any;
}

/** A JSON request to the hub with exact control of every header. */
export async function call(port: number, options: JsonCall): Promise<JsonResponse> {
  const headers: Record<string, string> = { ...options.headers };
  const body =
    options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    headers['Content-Length'] ??= String(Buffer.byteLength(body));
  }
  if (options.secret !== undefined) headers['Authorization'] = `Bearer ${options.secret}`;
  const response = await rawRequest(port, {
    method: options.method ?? 'POST',
    path: options.path,
    headers,
    body,
    localAddress: options.localAddress,
  });
  let json: unknown = null;
  try {
    json = JSON.parse(response.body.toString('utf8'));
  } catch {
    // not JSON
  }
  return { ...response, json };
}

export interface SseEvent {
  id: string;
  event: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read fields as they please
  data: any;
}

export interface OpenStream {
  status: number;
  headers: IncomingHttpHeaders;
  /** Everything received, as text. */
  text(): string;
  events: SseEvent[];
  /** Resolves with the first event (already received or still to come) that matches. */
  waitFor(match: (event: SseEvent) => boolean, label?: string): Promise<SseEvent>;
  /** Resolves once the received text matches. */
  waitForText(pattern: RegExp): Promise<void>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Opens an event stream with node:http and parses what comes, for exact assertions. */
export function openStream(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  localAddress?: string,
): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path,
        headers: { Accept: 'text/event-stream', ...headers },
        agent: false,
        localAddress,
      },
      (response) => {
        let text = '';
        let pending = '';
        const events: SseEvent[] = [];
        const watchers = new Set<() => void>();
        let endedResolve: () => void = () => {};
        const ended = new Promise<void>((done) => {
          endedResolve = done;
        });
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
          pending += chunk;
          let cut: number;
          while ((cut = pending.indexOf('\n\n')) !== -1) {
            const block = pending.slice(0, cut);
            pending = pending.slice(cut + 2);
            const fields: Record<string, string> = {};
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) continue;
              const colon = line.indexOf(':');
              if (colon > 0) fields[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
            }
            if (fields.data !== undefined) {
              events.push({
                id: fields.id ?? '',
                event: fields.event ?? 'message',
                data: JSON.parse(fields.data),
              });
            }
          }
          for (const watcher of [...watchers]) watcher();
        });
        response.on('end', () => endedResolve());
        response.on('close', () => endedResolve());
        const stream: OpenStream = {
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: () => text,
          events,
          ended,
          waitFor: (match, label = 'event') =>
            new Promise((found, fail) => {
              const check = () => {
                const hit = events.find(match);
                if (hit !== undefined) {
                  watchers.delete(check);
                  found(hit);
                }
              };
              watchers.add(check);
              check();
              void ended.then(() => {
                if (watchers.delete(check)) fail(new Error(`stream ended before ${label}`));
              });
            }),
          waitForText: (pattern) =>
            new Promise((found, fail) => {
              const check = () => {
                if (pattern.test(text)) {
                  watchers.delete(check);
                  found();
                }
              };
              watchers.add(check);
              check();
              void ended.then(() => {
                if (watchers.delete(check)) fail(new Error(`stream ended before ${pattern}`));
              });
            }),
          close: () => outgoing.destroy(),
        };
        resolve(stream);
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}
