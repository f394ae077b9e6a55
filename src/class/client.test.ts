import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAtlasServer } from '../server/app.ts';
import { closeServer, listen } from '../server/testing/http.ts';
import { startHub, tinyDist, type RunningHub } from '../server/testing/hub.ts';
import { NodeEventSource } from '../server/testing/node-transport.ts';
import {
  classAvailability,
  createClassSession,
  joinClass,
  resumeClassSession,
  type ClassTransport,
  type ConnectionStatus,
  type Presenter,
  type Student,
} from './client.ts';
import { INITIAL_SHARE_STATE, type Marks, type QuizSnapshot, type ShareState } from './protocol.ts';

// The client is tested in Node with an EventSource over node:http (src/server/testing/
// node-transport.ts) that keeps the browser's rules: retries on a dropped connection, gives up
// for good on any answer but a 200 stream. Every wait is on a callback, never a fixed sleep.
vi.setConfig({ testTimeout: 10_000 });

const STATE: ShareState = { ...INITIAL_SHARE_STATE, mode: 'present', point: 8, view: 'front' };

/** Everything a callback received, and a way to wait for the one that matters. */
class Recorder<T> {
  readonly items: T[] = [];
  readonly #watchers = new Set<() => void>();

  readonly push = (item: T): void => {
    this.items.push(item);
    for (const watcher of [...this.#watchers]) watcher();
  };

  waitFor(match: (item: T) => boolean, from = 0): Promise<T> {
    return new Promise((resolve) => {
      const check = () => {
        const hit = this.items.slice(from).find(match);
        if (hit !== undefined) {
          this.#watchers.delete(check);
          resolve(hit);
        }
      };
      this.#watchers.add(check);
      check();
    });
  }
}

const hubs: RunningHub[] = [];
const clients: (Presenter | Student)[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) {
    if ('leave' in client) client.leave();
    else client.dispose();
  }
  for (const hub of hubs.splice(0)) await hub.stop();
});

async function hub(port = 0): Promise<RunningHub> {
  const running = await startHub({ now: Date.now }, port);
  hubs.push(running);
  return running;
}

function transport(running: RunningHub): ClassTransport {
  return {
    baseUrl: running.base,
    eventSource: (url) => new NodeEventSource(url),
    backoff: { firstMs: 20, maxMs: 200 },
  };
}

function watchStudent(running: RunningHub, sessionId: string) {
  const states = new Recorder<ShareState>();
  const quizzes = new Recorder<QuizSnapshot>();
  const connection = new Recorder<ConnectionStatus>();
  const presence = new Recorder<number>();
  const marks = new Recorder<Marks>();
  const student = joinClass(
    sessionId,
    {
      onState: states.push,
      onQuiz: quizzes.push,
      onMarks: marks.push,
      onConnection: connection.push,
      onPresence: (p) => presence.push(p.students),
    },
    transport(running),
  );
  clients.push(student);
  return { student, states, quizzes, connection, presence, marks };
}

async function startClass(running: RunningHub, state = STATE) {
  const presence = new Recorder<number>();
  const quizzes = new Recorder<QuizSnapshot>();
  const connection = new Recorder<ConnectionStatus>();
  const presenter = await createClassSession(state, {
    ...transport(running),
    onPresence: (p) => presence.push(p.students),
    onQuiz: quizzes.push,
    onConnection: connection.push,
  });
  clients.push(presenter);
  return { presenter, presence, quizzes, connection };
}

describe('classAvailability', () => {
  it('finds the hub on the atlas’s own server, and nothing on a plain static host', async () => {
    const running = await hub();
    expect(await classAvailability({ baseUrl: running.base })).toEqual({
      available: true,
      joinOrigins: [],
    });
    const root = tinyDist();
    const plain = createAtlasServer({ root });
    const port = await listen(plain);
    try {
      expect(await classAvailability({ baseUrl: `http://127.0.0.1:${port}` })).toBeNull();
    } finally {
      await closeServer(plain);
      rmSync(root, { recursive: true, force: true });
    }
    expect(await classAvailability({ baseUrl: 'http://127.0.0.1:1' })).toBeNull();
  });
});

describe('a class', () => {
  it('shares the teacher’s view with a student at once and on every change', async () => {
    const running = await hub();
    const teacher = await startClass(running);
    expect(teacher.presenter.joinPath).toBe(`/?join=${teacher.presenter.sessionId}`);
    const { states, connection } = watchStudent(running, teacher.presenter.sessionId);
    await states.waitFor((state) => state.point === 8);
    await connection.waitFor((status) => status === 'live');
    await teacher.presence.waitFor((students) => students === 1);

    // A burst is coalesced: the last state always arrives, and every promise resolves.
    const burst = [3, 4, 5, 6, 7].map((point) => teacher.presenter.publish({ ...STATE, point }));
    expect(await Promise.all(burst)).toEqual([true, true, true, true, true]);
    await states.waitFor((state) => state.point === 7);
    expect(() => teacher.presenter.publish({ ...STATE, view: 'top' } as never)).toThrow();
  });

  it('passes the pen on: a burst of drawings arrives as its latest, and a bad one throws', async () => {
    const running = await hub();
    const teacher = await startClass(running);
    const { marks, connection } = watchStudent(running, teacher.presenter.sessionId);
    await connection.waitFor((status) => status === 'live');
    const stroke: [number, number, number][] = [];
    for (let step = 0; step < 30; step++) {
      stroke.push([0.1 + step * 0.005, 1.2, -0.1]);
      teacher.presenter.shareMarks({ point: 8, strokes: [[...stroke]], pointer: null });
    }
    const last = await marks.waitFor((drawing) => drawing.strokes[0]?.length === 30);
    expect(last).toEqual({ point: 8, strokes: [stroke], pointer: null });
    // Thirty drawings in one burst reach the class as a few, the latest whole.
    expect(marks.items.length).toBeLessThan(30);
    expect(() =>
      teacher.presenter.shareMarks({ point: 8, strokes: [], pointer: [9, 9, 9] }),
    ).toThrow();
  });

  it('runs a quiz: answered count, one answer per device, every tap after reveal', async () => {
    const running = await hub();
    const teacher = await startClass(running);
    const a = watchStudent(running, teacher.presenter.sessionId);
    const b = watchStudent(running, teacher.presenter.sessionId);
    await teacher.presence.waitFor((students) => students === 2);

    await teacher.presenter.ask(16);
    await a.quizzes.waitFor((quiz) => quiz.status === 'open');
    await b.quizzes.waitFor((quiz) => quiz.status === 'open');
    expect(await a.student.answer([0.1, 1.2, 0.05])).toEqual({ ok: true, answered: 1 });
    expect(await a.student.answer([0.2, 1.2, 0.05])).toEqual({
      ok: false,
      reason: 'already-answered',
    });
    expect(await b.student.answer([0.1, 1.1, 0.05])).toMatchObject({ ok: true });
    await teacher.quizzes.waitFor((quiz) => quiz.status === 'open' && quiz.answered === 2);

    await teacher.presenter.reveal();
    const revealed = await b.quizzes.waitFor((quiz) => quiz.status === 'revealed');
    expect(revealed.status === 'revealed' && revealed.taps).toHaveLength(2);
    expect(await b.student.answer([0, 1, 0])).toEqual({ ok: false, reason: 'not-open' });
    await teacher.presenter.close();
    await a.quizzes.waitFor((quiz) => quiz.status === 'closed');
  });

  it('tells every student when the teacher ends the class', async () => {
    const running = await hub();
    const teacher = await startClass(running);
    const { connection, states } = watchStudent(running, teacher.presenter.sessionId);
    await states.waitFor(() => true);
    await teacher.presenter.end();
    await connection.waitFor((status) => status === 'ended');
    await teacher.connection.waitFor((status) => status === 'ended');
    // A student who joins an ended class hears so too (410), not "reconnecting" for ever.
    const late = watchStudent(running, teacher.presenter.sessionId);
    await late.connection.waitFor((status) => status === 'ended');
  });

  it('takes a reloaded teacher tab back into its class', async () => {
    const running = await hub();
    const teacher = await startClass(running);
    const { states } = watchStudent(running, teacher.presenter.sessionId);
    await states.waitFor((state) => state.point === 8);
    teacher.presenter.dispose();
    const again = resumeClassSession(
      teacher.presenter.credentials,
      { ...STATE, point: 12 },
      transport(running),
    );
    clients.push(again);
    await states.waitFor((state) => state.point === 12);
  });
});

describe('a hub restart mid-lesson', () => {
  it('brings the class back: the teacher re-registers, students reconnect to the current state', async () => {
    const first = await hub();
    const teacher = await startClass(first);
    const student = watchStudent(first, teacher.presenter.sessionId);
    await student.states.waitFor((state) => state.point === 8);
    await student.connection.waitFor((status) => status === 'live');
    await teacher.connection.waitFor((status) => status === 'live');

    // The server goes away (sessions and all) …
    await first.stop();
    hubs.splice(hubs.indexOf(first), 1);
    const liveBefore = student.connection.items.length;
    await student.connection.waitFor((status) => status === 'reconnecting', liveBefore - 1);
    await teacher.connection.waitFor((status) => status === 'reconnecting');
    // … the teacher goes on meanwhile …
    const published = teacher.presenter.publish({ ...STATE, point: 21 });

    // … and a new one starts on the same port, knowing nothing.
    const second = await hub(first.port);
    expect(await published).toBe(true);
    const seenBefore = student.states.items.length;
    const current = await student.states.waitFor((state) => state.point === 21, seenBefore);
    expect(current).toEqual({ ...STATE, point: 21 });
    const reconnectedAt = student.connection.items.lastIndexOf('reconnecting');
    await student.connection.waitFor((status) => status === 'live', reconnectedAt);
    await teacher.connection.waitFor((status) => status === 'live', 1);
    expect(second.hub.stats().sessions).toBe(1);

    // Everything works as before.
    await teacher.presenter.publish({ ...STATE, point: 22 });
    await student.states.waitFor((state) => state.point === 22);
  });

  it('keeps a student who arrives first (404: EventSource gives up) asking until the class is back', async () => {
    const first = await hub();
    const teacher = await startClass(first);
    const credentials = teacher.presenter.credentials;
    teacher.presenter.dispose();
    await first.stop();
    hubs.splice(hubs.indexOf(first), 1);

    const second = await hub(first.port);
    const student = watchStudent(second, credentials.sessionId);
    await student.connection.waitFor((status) => status === 'reconnecting');
    expect(student.student.status).toBe('reconnecting');
    const back = resumeClassSession(credentials, { ...STATE, point: 9 }, transport(second));
    clients.push(back);
    expect(await student.states.waitFor(() => true)).toEqual({ ...STATE, point: 9 });
    await student.connection.waitFor((status) => status === 'live');
  });
});
