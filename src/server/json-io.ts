import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as z from 'zod/mini';
import type { ErrorResponse } from '../class/protocol.ts';

/** A request the hub turns down, with the status and message it answers with. */
export class Refusal extends Error {
  readonly status: number;
  readonly field: string | undefined;
  readonly code: string | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    message: string,
    options: { field?: string; code?: string; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.status = status;
    this.field = options.field;
    this.code = options.code;
    this.headers = options.headers ?? {};
  }
}

export function sendJson(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  const extra: Record<string, string> = { ...headers };
  // A body we did not read (a refusal before reading, or one cut off at the limit) is not
  // drained: the connection closes after this answer.
  if (hasBody(request) && !request.complete) extra['Connection'] = 'close';
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  response.end(text);
}

/** Whether the request says it carries a body (a length over 0, or chunks). */
export function hasBody(request: IncomingMessage): boolean {
  const declared = request.headers['content-length'];
  return (
    request.headers['transfer-encoding'] !== undefined ||
    (declared !== undefined && Number(declared) > 0)
  );
}

export function sendRefusal(
  request: IncomingMessage,
  response: ServerResponse,
  refusal: Refusal,
): void {
  const body: ErrorResponse = { error: refusal.message };
  if (refusal.field !== undefined) body.field = refusal.field;
  if (refusal.code !== undefined) body.code = refusal.code;
  sendJson(request, response, refusal.status, body, refusal.headers);
}

/**
 * The request's JSON body, or undefined when it has none. Refuses (413) a body over `limit`
 * bytes, by its Content-Length before reading anything, or as soon as the bytes read pass the
 * limit, then stops reading: never more than `limit` bytes are held. Refuses malformed JSON
 * (400) and a body that is not declared as JSON (415).
 */
export function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const declared = request.headers['content-length'];
  const chunked = request.headers['transfer-encoding'] !== undefined;
  if (declared !== undefined && Number(declared) > limit) {
    return Promise.reject(tooLarge(limit));
  }
  if (!chunked && (declared === undefined || Number(declared) === 0)) {
    return Promise.resolve(undefined);
  }
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return Promise.reject(
      new Refusal(415, 'Send the body as JSON (Content-Type: application/json).'),
    );
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      action();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        request.pause();
        settle(() => reject(tooLarge(limit)));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () =>
      settle(() => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (text.trim() === '') return resolve(undefined);
        try {
          resolve(JSON.parse(text));
        } catch (error) {
          reject(new Refusal(400, `The body is not valid JSON: ${(error as Error).message}`));
        }
      });
    const onError = () => settle(() => reject(new Refusal(400, 'The body could not be read.')));
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}

function tooLarge(limit: number): Refusal {
  return new Refusal(413, `The body is larger than ${limit} bytes.`);
}

/** The value parsed by `schema`, or a 400 naming the first field that does not fit. */
export function parseBody<T extends z.ZodMiniType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  const field = path.join('.');
  const where = field === '' ? 'the body' : field;
  const message =
    issue.code === 'unrecognized_keys'
      ? `${where}: not a known field`
      : value === undefined && field === ''
        ? 'the body: a JSON body is required'
        : `${where}: ${issue.message}`;
  throw new Refusal(400, message, { field: field === '' ? '(body)' : field });
}
