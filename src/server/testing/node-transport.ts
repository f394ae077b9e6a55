import { Agent, request, type ClientRequest, type IncomingMessage } from 'node:http';
import type { EventSourceLike, FetchLike, ResponseLike } from '../../class/client.ts';

type Listener = (event: { data?: unknown; lastEventId?: string }) => void;

/**
 * An EventSource for Node (Node 20 has one only behind a flag), over node:http so that each
 * simulated device can have its own loopback address. It follows the HTML standard where the
 * classroom client depends on it: `retry:` sets the wait; a dropped or refused connection is
 * retried by itself with Last-Event-ID (readyState CONNECTING, an "error" event); an answer that
 * is not a 200 text/event-stream fails for good (readyState CLOSED, an "error" event).
 */
export class NodeEventSource implements EventSourceLike {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;

  readyState = NodeEventSource.CONNECTING;
  lastEventId = '';
  readonly url: string;
  readonly #agent: Agent | undefined;
  readonly #listeners = new Map<string, Set<Listener>>();
  #retryMs = 3000;
  #request: ClientRequest | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(url: string, options: { agent?: Agent } = {}) {
    this.url = url;
    this.#agent = options.agent;
    this.#connect();
  }

  addEventListener(type: string, listener: Listener): void {
    let set = this.#listeners.get(type);
    if (set === undefined) this.#listeners.set(type, (set = new Set()));
    set.add(listener);
  }

  close(): void {
    this.readyState = NodeEventSource.CLOSED;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#request?.destroy();
    this.#request = null;
  }

  #dispatch(type: string, event: { data?: unknown; lastEventId?: string } = {}): void {
    for (const listener of this.#listeners.get(type) ?? []) listener(event);
  }

  #connect(): void {
    const headers: Record<string, string> = {
      Accept: 'text/event-stream',
      'Cache-Control': 'no-cache',
    };
    if (this.lastEventId !== '') headers['Last-Event-ID'] = this.lastEventId;
    const outgoing = request(this.url, { headers, agent: this.#agent ?? false });
    this.#request = outgoing;
    outgoing.on('response', (response) => this.#onResponse(outgoing, response));
    outgoing.on('error', () => this.#dropped(outgoing));
    outgoing.end();
  }

  #onResponse(outgoing: ClientRequest, response: IncomingMessage): void {
    if (this.#request !== outgoing) {
      response.resume();
      return;
    }
    const type = response.headers['content-type'] ?? '';
    if (response.statusCode !== 200 || !type.startsWith('text/event-stream')) {
      response.resume();
      this.close();
      this.#dispatch('error');
      return;
    }
    this.readyState = NodeEventSource.OPEN;
    this.#dispatch('open');
    response.setEncoding('utf8');
    let buffer = '';
    let event = '';
    let data: string[] = [];
    let first = true;
    response.on('data', (chunk: string) => {
      if (this.#request !== outgoing) return;
      if (first) {
        chunk = chunk.replace(/^\uFEFF/, '');
        first = false;
      }
      buffer += chunk;
      // A \r at the very end may be the first half of \r\n: keep it for the next chunk.
      const heldCr = buffer.endsWith('\r');
      const lines = (heldCr ? buffer.slice(0, -1) : buffer).split(/\r\n|\r|\n/);
      buffer = (lines.pop() ?? '') + (heldCr ? '\r' : '');
      for (const line of lines) {
        if (line === '') {
          if (data.length > 0) {
            this.#dispatch(event === '' ? 'message' : event, {
              data: data.join('\n'),
              lastEventId: this.lastEventId,
            });
          }
          event = '';
          data = [];
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        let value = colon === -1 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) value = value.slice(1);
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
        else if (field === 'id' && !value.includes('\0')) this.lastEventId = value;
        else if (field === 'retry' && /^\d+$/.test(value)) this.#retryMs = Number(value);
      }
    });
    response.on('end', () => this.#dropped(outgoing));
    response.on('error', () => this.#dropped(outgoing));
  }

  /** The connection dropped or could not be made: try again after the retry time. */
  #dropped(outgoing: ClientRequest): void {
    if (this.#request !== outgoing || this.readyState === NodeEventSource.CLOSED) return;
    this.#request = null;
    this.readyState = NodeEventSource.CONNECTING;
    this.#dispatch('error');
    if (this.readyState !== NodeEventSource.CONNECTING) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      if (this.readyState === NodeEventSource.CONNECTING) this.#connect();
    }, this.#retryMs);
  }
}

/** A fetch over node:http through `agent` (for a device's own loopback address). */
export function nodeFetch(agent: Agent): FetchLike {
  return (url, init) =>
    new Promise<ResponseLike>((resolve, reject) => {
      const outgoing = request(url, { method: init.method, headers: init.headers, agent });
      outgoing.on('error', reject);
      outgoing.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            headers: {
              get: (name) => {
                const value = response.headers[name.toLowerCase()];
                return value === undefined ? null : String(value);
              },
            },
            json: () => Promise.resolve(JSON.parse(text) as unknown),
          });
        });
      });
      outgoing.end(init.body);
    });
}
