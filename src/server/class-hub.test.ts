import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { classPaths, INITIAL_SHARE_STATE, type ShareState } from '../class/protocol.ts';
import { lastSeenSeq } from './class-hub.ts';
import { sessionIdFor } from './secrets.ts';
import { call, openStream, startHub, type OpenStream, type RunningHub } from './testing/hub.ts';

// Every wait here is on an event; one that never comes should fail in seconds, not hang.
vi.setConfig({ testTimeout: 5000, hookTimeout: 5000 });

const STATE: ShareState = {
  mode: 'present',
  point: 8,
  filters: { selfMassage: 'sentence', symmetry: 'pair', posture: 'all', region: 'foot' },
  showPosture: true,
  view: 'front',
};

let running: RunningHub;
let port: number;
const streams: OpenStream[] = [];
/** Each test's requests come from their own loopback address, so rate limits never mix. */
let device = 1;
const nextDevice = () => `127.0.9.${device++}`;

beforeAll(async () => {
  running = await startHub();
  port = running.port;
});
afterAll(() => running.stop());
afterEach(() => {
  for (const stream of streams.splice(0)) stream.close();
});

async function createSession(body?: unknown, localAddress = nextDevice()) {
  const response = await call(port, { path: '/api/class/sessions', body, localAddress });
  expect(response.status).toBe(201);
  return response.json as { sessionId: string; presenterSecret: string; joinPath: string };
}

async function listenTo(path: string, headers: Record<string, string> = {}) {
  const stream = await openStream(port, path, headers, nextDevice());
  streams.push(stream);
  return stream;
}

const events = (id: string) => classPaths.events(id);

/** The teacher's stream address, with a ticket asked for with the secret. */
async function presenterEvents(id: string, secret: string, hubPort = port): Promise<string> {
  const response = await call(hubPort, {
    path: classPaths.tickets(id),
    secret,
    localAddress: nextDevice(),
  });
  expect(response.status).toBe(201);
  return classPaths.events(id, response.json.ticket as string);
}

describe('GET /api/class', () => {
  it('tells the app it is served by its own server', async () => {
    const response = await call(port, { method: 'GET', path: '/api/class' });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ available: true, joinOrigins: [] });
  });
});

describe('creating a session', () => {
  it('returns an id, a secret of 256 bits and a join path that carries only the id', async () => {
    const created = await createSession();
    expect(created.sessionId).toMatch(/^[a-km-np-z2-9]{16}$/);
    expect(Buffer.from(created.presenterSecret, 'base64url')).toHaveLength(32);
    expect(created.sessionId).toBe(sessionIdFor(created.presenterSecret));
    expect(created.joinPath).toBe(`/?join=${created.sessionId}`);
    expect(created.joinPath).not.toContain(created.presenterSecret);
    const again = await createSession();
    expect(again.presenterSecret).not.toBe(created.presenterSecret);
  });

  it('starts from the state it is given', async () => {
    const { sessionId } = await createSession({ state: STATE });
    const stream = await listenTo(events(sessionId));
    expect((await stream.waitFor((e) => e.event === 'state')).data).toEqual(STATE);
  });
});

describe('the teacher’s writes', () => {
  let session: { sessionId: string; presenterSecret: string };
  let from: string;
  beforeAll(async () => {
    session = await createSession();
  });
  const post = (
    part: string,
    options: { secret?: string; body?: unknown; raw?: string; headers?: Record<string, string> },
  ) =>
    call(port, {
      path: `/api/class/sessions/${session.sessionId}/${part}`,
      localAddress: from,
      ...options,
    });

  it('accepts the state with the right secret', async () => {
    from = nextDevice();
    const response = await post('state', { secret: session.presenterSecret, body: STATE });
    expect(response.status).toBe(200);
  });

  it('refuses a wrong secret (403) and a missing one (401)', async () => {
    from = nextDevice();
    const wrong = await post('state', { secret: 'A'.repeat(43), body: STATE });
    expect(wrong.status).toBe(403);
    expect(wrong.json.error).toMatch(/secret/);
    const missing = await post('state', { body: STATE });
    expect(missing.status).toBe(401);
    const malformed = await post('state', {
      body: STATE,
      headers: { Authorization: `Bearer ${session.presenterSecret}x` },
    });
    expect(malformed.status).toBe(401);
  });

  it('answers 404 for an unknown session, and for a malformed code', async () => {
    from = nextDevice();
    for (const id of ['abcdefghijkmnpqr', 'NOT-A-CODE', '..', '%ZZ']) {
      const response = await call(port, {
        path: `/api/class/sessions/${id}/state`,
        secret: session.presenterSecret,
        body: STATE,
        localAddress: from,
      });
      expect(response.status, id).toBe(404);
      expect(typeof response.json.error).toBe('string');
    }
  });

  it('refuses malformed JSON with a message (400)', async () => {
    from = nextDevice();
    const response = await post('state', {
      secret: session.presenterSecret,
      raw: '{"mode": "present",',
    });
    expect(response.status).toBe(400);
    expect(response.json.error).toMatch(/not valid JSON/);
  });

  it('refuses an unknown shape, naming the field (400)', async () => {
    from = nextDevice();
    const cases: [unknown, string][] = [
      [{ ...STATE, filters: { ...STATE.filters, region: 'elbow' } }, 'filters.region'],
      [{ ...STATE, view: 'isometric' }, 'view'],
      [{ ...STATE, point: 0 }, 'point'],
      [{ ...STATE, point: 2.5 }, 'point'],
      [{ ...STATE, point: 25 }, 'point'],
      [{ ...STATE, camera: [0, 1, 2] }, 'camera'],
      [{ ...STATE, filters: { ...STATE.filters, colour: 'red' } }, 'filters.colour'],
      [{ mode: 'present' }, 'point'],
      [[], '(body)'],
      ['present', '(body)'],
      [null, '(body)'],
    ];
    for (const [body, field] of cases) {
      const response = await post('state', { secret: session.presenterSecret, body });
      expect(response.status, field).toBe(400);
      expect(response.json.field, JSON.stringify(body)).toBe(field);
      expect(response.json.error).toContain(field === '(body)' ? 'the body' : field);
    }
  });

  it('refuses a body that is not declared as JSON (415)', async () => {
    from = nextDevice();
    const response = await post('state', {
      secret: session.presenterSecret,
      raw: JSON.stringify(STATE),
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(response.status).toBe(415);
  });

  it('refuses a body over 8 KB by its length, without reading it (413)', async () => {
    from = nextDevice();
    const response = await post('state', {
      secret: session.presenterSecret,
      raw: JSON.stringify({ ...STATE, padding: 'x'.repeat(9000) }),
    });
    expect(response.status).toBe(413);
    expect(response.json.error).toMatch(/8192 bytes/);
    expect(response.headers.connection).toBe('close');
  });

  it('stops reading a chunked body once it passes 8 KB (413)', async () => {
    from = nextDevice();
    // A body with no length that would go on for 10 MB: the answer must come long before.
    const result = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
      let sent = 0;
      const outgoing = request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/class/sessions/${session.sessionId}/state`,
        localAddress: from,
        agent: false,
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${session.presenterSecret}`,
          'Transfer-Encoding': 'chunked',
        },
      });
      outgoing.on('response', (response) => {
        resolve({ status: response.statusCode ?? 0, sent });
        response.resume();
        outgoing.destroy();
      });
      outgoing.on('error', (error) => (sent > 0 ? undefined : reject(error)));
      const chunk = Buffer.alloc(1024, 32);
      const pump = () => {
        while (sent < 10 * 1024 * 1024 && !outgoing.destroyed) {
          sent += chunk.length;
          if (!outgoing.write(chunk)) return void outgoing.once('drain', pump);
        }
      };
      outgoing.write('{"padding":"');
      pump();
    });
    expect(result.status).toBe(413);
    expect(result.sent).toBeLessThan(10 * 1024 * 1024);
  });

  it('refuses a write from another site’s page (403), accepts its own origin', async () => {
    from = nextDevice();
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${port + 1}`]) {
      const response = await post('state', {
        secret: session.presenterSecret,
        body: STATE,
        headers: { Origin: origin },
      });
      expect(response.status, origin).toBe(403);
      expect(response.json.code).toBe('foreign-origin');
    }
    const own = await post('state', {
      secret: session.presenterSecret,
      body: STATE,
      headers: { Origin: `http://127.0.0.1:${port}` },
    });
    expect(own.status).toBe(200);
    // Student writes are checked too.
    const answer = await call(port, {
      path: `/api/class/sessions/${session.sessionId}/answers`,
      body: { questionId: 'q', clientId: 'device-123', tap: { position: [0, 1, 0] } },
      headers: { Origin: 'http://evil.example' },
      localAddress: from,
    });
    expect(answer.status).toBe(403);
  });

  it('never crashes on odd requests', async () => {
    from = nextDevice();
    const odd: [string, string][] = [
      ['PATCH', `/api/class/sessions/${session.sessionId}/state`],
      ['GET', `/api/class/sessions/${session.sessionId}/state`],
      ['DELETE', '/api/class/sessions'],
      ['POST', '/api/class'],
      ['GET', '/api/class/sessions/x/y/z'],
      ['GET', `/api/class/sessions/${session.sessionId}/nothing`],
    ];
    for (const [method, path] of odd) {
      const response = await call(port, { method, path, localAddress: from });
      expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    const deep = '['.repeat(3000) + ']'.repeat(3000);
    const nested = await post('state', { secret: session.presenterSecret, raw: deep });
    expect(nested.status).toBe(400);
    // …and still answers.
    expect((await call(port, { method: 'GET', path: '/api/class' })).status).toBe(200);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After once a device spends its tokens, then lets it in again', async () => {
    const limited = await startHub({ rateLimit: { capacity: 5, perSecond: 1 } });
    try {
      const from = '127.0.8.1';
      const statuses: number[] = [];
      let retryAfter: string | undefined;
      for (let i = 0; i < 7; i++) {
        const response = await call(limited.port, {
          method: 'GET',
          path: '/api/class/sessions/abcdefghijkmnpqr',
          localAddress: from,
        });
        statuses.push(response.status);
        if (response.status === 429) retryAfter = String(response.headers['retry-after']);
      }
      expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      // Another device is not held back.
      const other = await call(limited.port, {
        method: 'GET',
        path: '/api/class/sessions/abcdefghijkmnpqr',
        localAddress: '127.0.8.2',
      });
      expect(other.status).toBe(404);
      limited.advance(1000);
      const later = await call(limited.port, {
        method: 'GET',
        path: '/api/class/sessions/abcdefghijkmnpqr',
        localAddress: from,
      });
      expect(later.status).toBe(404);
    } finally {
      await limited.stop();
    }
  });
});

describe('the event stream', () => {
  it('is an uncompressed text/event-stream with retry:, ids and the last state at once', async () => {
    const { sessionId, presenterSecret } = await createSession();
    await call(port, {
      path: `/api/class/sessions/${sessionId}/state`,
      secret: presenterSecret,
      body: STATE,
      localAddress: nextDevice(),
    });
    const stream = await listenTo(events(sessionId), { 'Accept-Encoding': 'br, gzip' });
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(stream.headers['cache-control']).toMatch(/^no-cache/);
    expect(stream.headers['content-encoding']).toBeUndefined();
    const state = await stream.waitFor((e) => e.event === 'state');
    expect(state.data).toEqual(STATE);
    expect(stream.text()).toMatch(/^retry: 50\n\n/);
    for (const event of stream.events) expect(event.id).toMatch(/^[\w-]+\.\d+$/);
  });

  it('sends only what a reconnecting device missed, by Last-Event-ID', async () => {
    const { sessionId, presenterSecret } = await createSession();
    const from = nextDevice();
    const first = await listenTo(events(sessionId));
    await first.waitFor((e) => e.event === 'state');
    const lastId = first.events.at(-1)!.id;
    first.close();

    const next = { ...STATE, point: 3 };
    await call(port, {
      path: `/api/class/sessions/${sessionId}/state`,
      secret: presenterSecret,
      body: next,
      localAddress: from,
    });
    const resumed = await listenTo(events(sessionId), { 'Last-Event-ID': lastId });
    const state = await resumed.waitFor((e) => e.event === 'state');
    expect(state.data).toEqual(next);
    expect(resumed.events.filter((e) => e.event === 'state')).toHaveLength(1);

    // Up to date: no state again. From another life of the session (a restart): everything.
    const upToDate = await listenTo(events(sessionId), { 'Last-Event-ID': state.id });
    await upToDate.waitForText(/retry: 50\n\n/);
    const other = await listenTo(events(sessionId), { 'Last-Event-ID': 'otherlife.999' });
    expect((await other.waitFor((e) => e.event === 'state')).data).toEqual(next);
    running.hub.heartbeat();
    await upToDate.waitForText(/: heartbeat/);
    expect(upToDate.events.filter((e) => e.event === 'state')).toEqual([]);
    expect(lastSeenSeq('garbage', 'x')).toBe(0);
  });

  it('sends a comment heartbeat on its interval', async () => {
    const beating = await startHub({ heartbeatMs: 30 });
    try {
      const response = await call(beating.port, { path: '/api/class/sessions' });
      const stream = await openStream(beating.port, events(response.json.sessionId));
      streams.push(stream);
      await stream.waitForText(/\n: heartbeat\n\n/);
    } finally {
      await beating.stop();
    }
  });

  it('counts students, not the teacher’s own stream', async () => {
    const { sessionId, presenterSecret } = await createSession();
    const presenter = await listenTo(await presenterEvents(sessionId, presenterSecret));
    const a = await listenTo(events(sessionId));
    const b = await listenTo(events(sessionId));
    await presenter.waitFor((e) => e.event === 'presence' && e.data.students === 2, 'two');
    await a.waitFor((e) => e.event === 'presence' && e.data.students === 2);
    b.close();
    await presenter.waitFor((e) => e.event === 'presence' && e.data.students === 1, 'one');
    const status = await call(port, {
      method: 'GET',
      path: `/api/class/sessions/${sessionId}`,
      localAddress: nextDevice(),
    });
    expect(status.json).toEqual({ sessionId, students: 1 });
  });

  it('turns away the 301st student with 503 and a clear message, never the teacher', async () => {
    const small = await startHub({ maxStudentStreams: 3 });
    try {
      const created = await call(small.port, { path: '/api/class/sessions' });
      const id = created.json.sessionId as string;
      for (let i = 0; i < 3; i++) {
        const stream = await openStream(small.port, events(id), {}, `127.0.7.${i + 1}`);
        streams.push(stream);
        expect(stream.status).toBe(200);
      }
      const extra = await openStream(small.port, events(id), {}, '127.0.7.9');
      streams.push(extra);
      expect(extra.status).toBe(503);
      await extra.ended;
      expect(JSON.parse(extra.text()).error).toMatch(/already has 3 devices connected/);
      expect(extra.headers['retry-after']).toBeDefined();
      const secret = created.json.presenterSecret as string;
      const teacher = await openStream(small.port, await presenterEvents(id, secret, small.port));
      streams.push(teacher);
      expect(teacher.status).toBe(200);
    } finally {
      await small.stop();
    }
  });
});

describe('the class quiz', () => {
  it('counts answers while open, one per device, and shows every tap after reveal', async () => {
    const { sessionId, presenterSecret } = await createSession();
    const from = nextDevice();
    const quiz = (body: unknown) =>
      call(port, {
        path: `/api/class/sessions/${sessionId}/quiz`,
        secret: presenterSecret,
        body,
        localAddress: from,
      });
    const answer = (clientId: string, position: number[], questionId = 'q1') =>
      call(port, {
        path: `/api/class/sessions/${sessionId}/answers`,
        body: { questionId, clientId, tap: { position } },
        localAddress: nextDevice(),
      });

    const presenter = await listenTo(await presenterEvents(sessionId, presenterSecret));
    const student = await listenTo(events(sessionId));
    expect((await quiz({ type: 'ask', questionId: 'q1', point: 25 })).json.field).toBe('point');
    const asked = await quiz({ type: 'ask', questionId: 'q1', point: 16 });
    expect(asked.json).toEqual({ status: 'open', questionId: 'q1', point: 16, answered: 0 });
    await student.waitFor((e) => e.event === 'quiz' && e.data.status === 'open');

    expect((await answer('device-aaa', [0.1, 1.2, 0.05])).status).toBe(201);
    expect((await answer('device-bbb', [-0.1, 1.25, 0.04])).json).toEqual({ answered: 2 });
    const twice = await answer('device-aaa', [0, 0, 0]);
    expect(twice.status).toBe(409);
    expect(twice.json.code).toBe('already-answered');
    expect((await answer('device-ccc', [0, 0, 0], 'other')).json.code).toBe('not-open');
    expect((await answer('device-ddd', [4, 0, 0])).json.field).toBe('tap.position.0');
    await presenter.waitFor((e) => e.event === 'quiz' && e.data.answered === 2, 'two answers');
    // While open, nobody sees where the others tapped.
    expect(student.events.some((e) => e.event === 'quiz' && 'taps' in e.data)).toBe(false);

    expect((await quiz({ type: 'reveal', questionId: 'nope' })).status).toBe(409);
    const revealed = await quiz({ type: 'reveal', questionId: 'q1' });
    expect(revealed.json.status).toBe('revealed');
    const shown = await student.waitFor((e) => e.event === 'quiz' && e.data.status === 'revealed');
    expect(shown.data.taps).toEqual([
      { position: [0.1, 1.2, 0.05] },
      { position: [-0.1, 1.25, 0.04] },
    ]);
    expect((await answer('device-eee', [0, 1, 0])).json.code).toBe('not-open');

    // A late joiner sees the revealed question at once.
    const late = await listenTo(events(sessionId));
    await late.waitFor((e) => e.event === 'quiz' && e.data.status === 'revealed');

    expect((await quiz({ type: 'close', questionId: 'q1' })).json).toEqual({
      status: 'closed',
      questionId: 'q1',
    });
    await student.waitFor((e) => e.event === 'quiz' && e.data.status === 'closed');
    expect((await quiz({ type: 'close', questionId: 'q1' })).status).toBe(200);
    expect((await quiz({ type: 'shout' })).json.field).toBe('type');
  });
});

describe('the teacher’s pen and pointer', () => {
  const STROKE: [number, number, number][] = [
    [0.1, 0.05, 0.12],
    [0.104, 0.052, 0.121],
    [0.108, 0.055, 0.12],
  ];
  const marksPath = (id: string) => classPaths.marks(id);

  it('passes the teacher’s strokes to every student, and to one who joins later', async () => {
    const { sessionId, presenterSecret } = await createSession({ state: STATE });
    const early = await listenTo(events(sessionId));
    const teachers = await listenTo(await presenterEvents(sessionId, presenterSecret));
    const marks = { point: 8, strokes: [STROKE], pointer: STROKE[2] };
    const sent = await call(port, {
      path: marksPath(sessionId),
      secret: presenterSecret,
      body: marks,
      localAddress: nextDevice(),
    });
    expect(sent.status).toBe(200);
    expect((await early.waitFor((e) => e.event === 'marks')).data).toEqual(marks);
    const late = await listenTo(events(sessionId));
    expect((await late.waitFor((e) => e.event === 'marks')).data).toEqual(marks);
    // The teacher's own screens are not sent their drawing back, nor given it on connecting.
    const lateTeacher = await listenTo(await presenterEvents(sessionId, presenterSecret));
    await lateTeacher.waitFor((e) => e.event === 'state');
    expect([...teachers.events, ...lateTeacher.events].map((e) => e.event)).not.toContain('marks');
  });

  it('takes marks from the teacher alone, and only within their caps', async () => {
    const { sessionId, presenterSecret } = await createSession({ state: STATE });
    const from = nextDevice();
    const post = (body: unknown, secret?: string) =>
      call(port, { path: marksPath(sessionId), secret, body, localAddress: from });
    const marks = { point: 8, strokes: [STROKE], pointer: null };
    expect((await post(marks)).status).toBe(401);
    expect((await post(marks, 'B'.repeat(43))).status).toBe(403);
    // A stroke longer than a stroke may be, and more points than all strokes may hold.
    const long = Array.from({ length: 121 }, (_, i) => [0, i / 1000, 0]);
    const tooLong = await post({ point: 8, strokes: [long], pointer: null }, presenterSecret);
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.field).toMatch(/strokes/);
    const many = Array.from({ length: 3 }, () => long.slice(0, 100));
    expect((await post({ point: 8, strokes: many, pointer: null }, presenterSecret)).status).toBe(
      400,
    );
    // A spot far outside the body, and a point the atlas does not have.
    const far = await post({ point: 8, strokes: [], pointer: [9, 0, 0] }, presenterSecret);
    expect(far.status).toBe(400);
    expect(far.json.field).toMatch(/pointer/);
    const unknown = await post({ point: 77, strokes: [], pointer: null }, presenterSecret);
    expect(unknown.status).toBe(400);
    // And the honest drawing still goes through.
    expect((await post(marks, presenterSecret)).status).toBe(200);
  });
});

describe('the end of a session', () => {
  it('sends "ended" to everyone and closes the streams when the teacher ends it', async () => {
    const { sessionId, presenterSecret } = await createSession();
    const from = nextDevice();
    const student = await listenTo(events(sessionId));
    await student.waitFor((e) => e.event === 'state');
    const wrong = await call(port, {
      method: 'DELETE',
      path: `/api/class/sessions/${sessionId}`,
      secret: 'B'.repeat(43),
      localAddress: from,
    });
    expect(wrong.status).toBe(403);
    const ended = await call(port, {
      method: 'DELETE',
      path: `/api/class/sessions/${sessionId}`,
      secret: presenterSecret,
      localAddress: from,
    });
    expect(ended.status).toBe(200);
    expect((await student.waitFor((e) => e.event === 'ended')).data).toEqual({
      reason: 'teacher',
    });
    await student.ended;
    const after = await call(port, {
      method: 'GET',
      path: `/api/class/sessions/${sessionId}`,
      localAddress: from,
    });
    expect(after.status).toBe(410);
    const resume = await call(port, {
      method: 'PUT',
      path: `/api/class/sessions/${sessionId}`,
      secret: presenterSecret,
      body: { state: STATE },
      localAddress: from,
    });
    expect(resume.status).toBe(410);
  });

  it('ends a session after 4 hours without a teacher’s write (injected clock)', async () => {
    const { sessionId, presenterSecret } = await createSession();
    const student = await listenTo(events(sessionId));
    await student.waitFor((e) => e.event === 'state');
    running.advance(3 * 60 * 60 * 1000);
    running.hub.sweep();
    expect(running.hub.stats().sessions).toBeGreaterThan(0);
    await call(port, {
      path: `/api/class/sessions/${sessionId}/state`,
      secret: presenterSecret,
      body: STATE,
      localAddress: nextDevice(),
    });
    running.advance(4 * 60 * 60 * 1000 - 1);
    running.hub.sweep();
    running.advance(1);
    running.hub.sweep();
    expect((await student.waitFor((e) => e.event === 'ended')).data).toEqual({ reason: 'idle' });
    await student.ended;
    const after = await call(port, {
      method: 'GET',
      path: `/api/class/sessions/${sessionId}`,
      localAddress: nextDevice(),
    });
    expect(after.status).toBe(410);
  });
});

describe('a restart without disk', () => {
  it('lets the teacher register the same session again with its secret, and no one else', async () => {
    const { sessionId, presenterSecret } = await createSession({ state: STATE });
    // A new hub knows nothing of it.
    const restarted = await startHub();
    try {
      const unknown = await call(restarted.port, {
        method: 'GET',
        path: `/api/class/sessions/${sessionId}`,
      });
      expect(unknown.status).toBe(404);
      const impostor = await call(restarted.port, {
        method: 'PUT',
        path: `/api/class/sessions/${sessionId}`,
        secret: 'C'.repeat(43),
        body: { state: INITIAL_SHARE_STATE },
      });
      expect(impostor.status).toBe(403);
      const back = await call(restarted.port, {
        method: 'PUT',
        path: `/api/class/sessions/${sessionId}`,
        secret: presenterSecret,
        body: { state: STATE, question: { questionId: 'q9', point: 4 } },
      });
      expect(back.status).toBe(201);
      const student = await openStream(restarted.port, events(sessionId));
      streams.push(student);
      expect((await student.waitFor((e) => e.event === 'state')).data).toEqual(STATE);
      expect((await student.waitFor((e) => e.event === 'quiz')).data).toMatchObject({
        status: 'open',
        questionId: 'q9',
        point: 4,
      });
      // Once it is back, the usual rules hold: a second PUT with the secret just updates.
      const again = await call(restarted.port, {
        method: 'PUT',
        path: `/api/class/sessions/${sessionId}`,
        secret: presenterSecret,
        body: { state: { ...STATE, point: 5 } },
      });
      expect(again.status).toBe(200);
      await student.waitFor((e) => e.event === 'state' && e.data.point === 5);
    } finally {
      await restarted.stop();
    }
  });
});
