import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { classPaths, INITIAL_SHARE_STATE } from '../class/protocol.ts';
import { newPresenterSecret, sessionIdFor } from './secrets.ts';
import { call, openStream, startHub, type OpenStream, type RunningHub } from './testing/hub.ts';

// Every wait here is on an event; one that never comes should fail in seconds, not hang.
vi.setConfig({ testTimeout: 5000, hookTimeout: 5000 });

/**
 * One device (one loopback address standing for one phone) trying to take what the class
 * shares, and an honest device served all the same. Each test has its own addresses.
 */
let running: RunningHub;
const streams: OpenStream[] = [];
let block = 10;
/** A fresh /24 of loopback addresses: `device(1)`, `device(2)` … are separate phones. */
function newRoom() {
  const room = block++;
  return (n: number) => `127.0.${room}.${n}`;
}

beforeAll(async () => {
  running = await startHub({ ticketMs: 60_000 });
});
afterAll(() => running.stop());
afterEach(() => {
  for (const stream of streams.splice(0)) stream.close();
});

async function startClass(from: string, port = running.port) {
  const response = await call(port, { path: classPaths.sessions, localAddress: from });
  expect(response.status).toBe(201);
  return response.json as { sessionId: string; presenterSecret: string };
}

type Started = { sessionId: string; presenterSecret: string };

/** A ticket for the teacher's stream, asked for with the class's secret. */
function askTicket(started: Started, from: string, port = running.port) {
  return call(port, {
    path: classPaths.tickets(started.sessionId),
    secret: started.presenterSecret,
    localAddress: from,
  });
}

/** The teacher's own stream on a class: its page is open. */
async function teacherStream(started: Started, from: string, port = running.port) {
  const ticket = await askTicket(started, from, port);
  const stream = await listen(classPaths.events(started.sessionId, ticket.json.ticket), from, port);
  expect(stream.status).toBe(200);
  return stream;
}

async function listen(path: string, from: string, port = running.port) {
  const stream = await openStream(port, path, {}, from);
  streams.push(stream);
  return stream;
}

describe('streams: one device cannot fill the class', () => {
  it('holds one device to six student streams: a seventh takes the place of its oldest', async () => {
    const device = newRoom();
    const { sessionId } = await startClass(device(1));
    const own: OpenStream[] = [];
    for (let i = 0; i < 6; i++) {
      own.push(await listen(classPaths.events(sessionId), device(2)));
      expect(own.at(-1)!.status).toBe(200);
    }
    const honest = await listen(classPaths.events(sessionId), device(4));
    expect(honest.status).toBe(200);
    // A phone that changed access point comes back: its oldest, half-open stream makes way.
    const seventh = await listen(classPaths.events(sessionId), device(2));
    expect(seventh.status).toBe(200);
    await own[0]!.ended;
    // Another class does not widen the share: it is the device's, not the class's.
    const other = await startClass(device(3));
    expect((await listen(classPaths.events(other.sessionId), device(2))).status).toBe(200);
    await own[1]!.ended;
    const status = await call(running.port, {
      method: 'GET',
      path: classPaths.session(sessionId),
      localAddress: device(5),
    });
    // Five of the device's streams left in this class, and the honest phone's.
    expect(status.json.students).toBe(6);
    await expect(honest.waitFor((e) => e.event === 'presence')).resolves.toBeDefined();
  });

  it('gives a device its place back when one of its streams closes', async () => {
    const device = newRoom();
    const { sessionId } = await startClass(device(1));
    const open: OpenStream[] = [];
    for (let i = 0; i < 6; i++) open.push(await listen(classPaths.events(sessionId), device(2)));
    open[0]!.close();
    // The hub hears the close a moment later; the device may then open one more.
    await vi.waitFor(async () => {
      const again = await listen(classPaths.events(sessionId), device(2));
      expect(again.status).toBe(200);
    });
  });
});

describe("the teacher's stream needs the teacher", () => {
  it('opens only with a ticket that the secret asked for', async () => {
    const device = newRoom();
    const { sessionId, presenterSecret } = await startClass(device(1));
    const bare = await listen(`${classPaths.events(sessionId)}?role=presenter`, device(2));
    expect(bare.status).toBe(401);
    await bare.ended;
    expect(JSON.parse(bare.text())).toMatchObject({ code: 'ticket-needed' });
    const forged = await listen(classPaths.events(sessionId, 'A'.repeat(22)), device(2));
    expect(forged.status).toBe(403);

    const unsigned = await call(running.port, {
      path: classPaths.tickets(sessionId),
      localAddress: device(2),
    });
    expect(unsigned.status).toBe(401);
    const ticketed = await askTicket({ sessionId, presenterSecret }, device(1));
    expect(ticketed.status).toBe(201);
    expect(ticketed.json.ticket).not.toContain(presenterSecret);
    const teacher = await listen(classPaths.events(sessionId, ticketed.json.ticket), device(1));
    expect(teacher.status).toBe(200);
    await teacher.waitFor((e) => e.event === 'state');
  });

  it('leaves every teacher slot free when a student asks for the teacher’s stream again and again', async () => {
    const device = newRoom();
    const small = await startHub({ maxPresenterStreams: 2 });
    try {
      const { sessionId, presenterSecret } = await startClass(device(1), small.port);
      for (let i = 0; i < 5; i++) {
        const attempt = await listen(
          `${classPaths.events(sessionId)}?role=presenter`,
          device(2),
          small.port,
        );
        expect(attempt.status).toBe(401);
      }
      const ticket = await askTicket({ sessionId, presenterSecret }, device(1), small.port);
      for (let i = 0; i < 2; i++) {
        const teacher = await listen(
          classPaths.events(sessionId, ticket.json.ticket),
          device(1),
          small.port,
        );
        expect(teacher.status).toBe(200);
      }
    } finally {
      await small.stop();
    }
  });

  it('stops a ticket from opening streams after its minute', async () => {
    const device = newRoom();
    const { sessionId, presenterSecret } = await startClass(device(1));
    const ticket = await askTicket({ sessionId, presenterSecret }, device(1));
    expect(ticket.json.expiresInMs).toBe(60_000);
    running.advance(60_001);
    const late = await listen(classPaths.events(sessionId, ticket.json.ticket), device(1));
    expect(late.status).toBe(403);
    await late.ended;
    expect(JSON.parse(late.text())).toMatchObject({ code: 'ticket-refused' });
  });
});

describe('answers: one device, one voice', () => {
  it('stops one device answering under made-up ids, and still takes an honest answer', async () => {
    const device = newRoom();
    const { sessionId, presenterSecret } = await startClass(device(1));
    const asked = await call(running.port, {
      path: classPaths.quiz(sessionId),
      secret: presenterSecret,
      body: { type: 'ask', questionId: 'q1', point: 8 },
      localAddress: device(1),
    });
    expect(asked.status).toBe(200);
    const answer = (clientId: string, from: string) =>
      call(running.port, {
        path: classPaths.answers(sessionId),
        body: { questionId: 'q1', clientId, tap: { position: [0, 1, 0] } },
        localAddress: from,
      });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await answer(`made-up-${i}-id`, device(2))).status);
    expect(statuses.slice(0, 6)).toEqual(Array(6).fill(201));
    expect(new Set(statuses.slice(6))).toEqual(new Set([429]));
    const refused = await answer('made-up-99-id', device(2));
    expect(refused.json.code).toBe('device-answers-full');
    const honest = await answer('honest-phone', device(3));
    expect(honest.status).toBe(201);
    expect(honest.json).toEqual({ answered: 7 });
  });
});

describe('classes: one device cannot start them all', () => {
  it('lets a device run three classes, refuses a fourth, and lets another device start one', async () => {
    const device = newRoom();
    for (let i = 0; i < 3; i++) {
      const started = await startClass(device(1));
      await teacherStream(started, device(1));
    }
    const fourth = await call(running.port, { path: classPaths.sessions, localAddress: device(1) });
    expect(fourth.status).toBe(429);
    expect(fourth.json.code).toBe('device-classes-full');
    await startClass(device(2));
  });

  it('lets a class whose teacher’s page is gone make way for the same device’s new one', async () => {
    const device = newRoom();
    const forgotten = await startClass(device(1));
    for (let i = 0; i < 2; i++) await teacherStream(await startClass(device(1)), device(1));
    await startClass(device(1));
    const gone = await call(running.port, {
      method: 'GET',
      path: classPaths.session(forgotten.sessionId),
      localAddress: device(2),
    });
    expect(gone.status).toBe(410);
  });

  it('counts a class brought back after a restart against the device that brings it', async () => {
    const device = newRoom();
    const small = await startHub({ perDevice: { streams: 6, sessions: 1, answers: 6 } });
    try {
      await teacherStream(await startClass(device(1), small.port), device(1), small.port);
      // A class the hub never saw, "brought back" with its secret: it is a new class all the same.
      const bringBack = (from: string) => {
        const secret = newPresenterSecret();
        return call(small.port, {
          method: 'PUT',
          path: classPaths.session(sessionIdFor(secret)),
          secret,
          body: { state: INITIAL_SHARE_STATE },
          localAddress: from,
        });
      };
      const refused = await bringBack(device(1));
      expect(refused.status).toBe(429);
      expect(refused.json.code).toBe('device-classes-full');
      expect((await bringBack(device(2))).status).toBe(201);
    } finally {
      await small.stop();
    }
  });
});
