// `npm run load`: one class of 300 simulated students on loopback, against `npm start`'s own
// server in a child process. Bounded (a fixed number of updates, a watchdog), loopback only
// (every student from its own 127.0.x.y address, so the per-device rate limits apply as in a
// classroom), and it stops by itself. Exits non-zero only when a budget is breached.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { percentile } from '../../bench/stats.ts';
import {
  createClassSession,
  joinClass,
  type ConnectionStatus,
  type Presenter,
  type Student,
} from '../../class/client.ts';
import { INITIAL_SHARE_STATE, VIEWS, type ShareState } from '../../class/protocol.ts';
import { NodeEventSource, nodeFetch } from '../testing/node-transport.ts';
import { formatLoadTable, judgeLoad, type LoadRow } from './report.ts';
import { startServerProcess, type ServerProcess, type ServerStats } from './server-process.ts';

const STUDENTS = 300;
const UPDATES = 200;
const ROUNDS = 3;
/**
 * A teacher's updates, faster than any teacher clicks: 20 a second. The client itself sends at
 * most 25 a second (minPublishIntervalMs 40); pacing exactly at that limit would let timer
 * jitter pile up into a queue in the client and measure the queue, not the hub.
 */
const UPDATE_INTERVAL_MS = 50;
const WATCHDOG_MS = 150_000;
const P99_BUDGET_MS = 250;
/**
 * "No growth": the heap after GC at the end of round 3 within this of round 1's (round 1 warms
 * up: JIT, buffers, 300 connections settled). Keeping anything per delivery (60,000 a round)
 * would add megabytes a round; RSS moves with the allocator, so its tolerance is wider.
 */
const HEAP_GROWTH_BUDGET_MB = 1;
const RSS_GROWTH_BUDGET_MB = 8;
const RECOVERY_BUDGET_MS = 15_000;
const MB = 1024 * 1024;

const started = performance.now();
const loadAtStart = loadavg()[0]!;
const watchdog = setTimeout(() => {
  console.error(`load: still running after ${WATCHDOG_MS / 1000} s: stopping`);
  void server?.kill().finally(() => process.exit(1));
}, WATCHDOG_MS);
watchdog.unref();

const log = (message: string) =>
  console.log(`load: ${((performance.now() - started) / 1000).toFixed(1)} s  ${message}`);

/** The i-th update of a round: 288 distinct states, so each of the 200 can be told apart. */
function update(index: number): ShareState {
  return {
    ...INITIAL_SHARE_STATE,
    mode: 'present',
    point: 1 + (index % 24),
    view: VIEWS[Math.floor(index / 24) % VIEWS.length]!,
    showPosture: Math.floor(index / 144) % 2 === 1,
  };
}
const keyOf = (state: ShareState) => `${state.point}|${state.view}|${state.showPosture}`;

interface SimulatedStudent {
  client: Student;
  agent: Agent;
  statuses: { status: ConnectionStatus; at: number }[];
  lastKey: string | null;
  /** When this student got each key in the current round. */
  received: Map<string, number>;
}

const dist = mkdtempSync(join(tmpdir(), 'atlas-load-'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Atlas</title>');

let server: ServerProcess | undefined;
let presenter: Presenter | undefined;
const students: SimulatedStudent[] = [];
const waiters = new Set<() => void>();
const notify = () => {
  for (const waiter of [...waiters]) waiter();
};
/** Resolves once `done()` holds (checked on every event), or rejects after `ms`. */
function until(done: () => boolean, ms: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiters.delete(check);
      reject(new Error(`load: timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const check = () => {
      if (!done()) return;
      clearTimeout(timer);
      waiters.delete(check);
      resolve();
    };
    waiters.add(check);
    check();
  });
}

const memory: { label: string; stats: ServerStats }[] = [];
const latencies: number[][] = [];
let delivered = 0;
const restart = {
  sawReconnecting: 0,
  recovered: 0,
  recoveryMs: [] as number[],
  downMs: 0,
  published: false,
};

try {
  server = await startServerProcess(dist);
  const base = `http://127.0.0.1:${server.port}`;
  log(`server on ${base}, ${STUDENTS} students joining`);

  const teacherAgent = new Agent({ keepAlive: true });
  presenter = await createClassSession(update(0), {
    baseUrl: base,
    fetch: nodeFetch(teacherAgent),
    eventSource: (url) => new NodeEventSource(url, { agent: teacherAgent }),
  });
  const sessionId = presenter.sessionId;

  for (let i = 0; i < STUDENTS; i++) {
    // 127.0.1.1 … 127.0.2.50: a device each.
    const localAddress = `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;
    const agent = new Agent({ keepAlive: true, localAddress });
    const student: SimulatedStudent = {
      client: undefined as unknown as Student,
      agent,
      statuses: [],
      lastKey: null,
      received: new Map(),
    };
    student.client = joinClass(
      sessionId,
      {
        onState: (state) => {
          const key = keyOf(state);
          student.lastKey = key;
          if (!student.received.has(key)) student.received.set(key, performance.now());
          notify();
        },
        onConnection: (status) => {
          student.statuses.push({ status, at: performance.now() });
          notify();
        },
      },
      {
        baseUrl: base,
        fetch: nodeFetch(agent),
        eventSource: (url) => new NodeEventSource(url, { agent }),
      },
    );
    students.push(student);
  }
  await until(
    () => students.every((s) => s.lastKey === keyOf(update(0))),
    30_000,
    'every student to get the first state',
  );
  log(`all ${STUDENTS} students have the teacher's state`);
  memory.push({ label: 'before round 1', stats: await server.stats() });

  for (let round = 1; round <= ROUNDS; round++) {
    for (const student of students) student.received.clear();
    const sentAt = new Map<string, number>();
    const roundStart = performance.now();
    for (let i = 0; i < UPDATES; i++) {
      // Update 0 is the state they already have: start at 1 so every one is news.
      const state = update(i + 1);
      const slot = roundStart + i * UPDATE_INTERVAL_MS;
      const wait = slot - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      sentAt.set(keyOf(state), performance.now());
      await presenter.publish(state);
    }
    const last = keyOf(update(UPDATES));
    await until(
      () => students.every((s) => s.received.has(last)),
      20_000,
      `round ${round}'s last update at every student`,
    );
    const samples: number[] = [];
    for (const student of students) {
      for (const [key, at] of student.received) {
        const sent = sentAt.get(key);
        if (sent !== undefined) samples.push(at - sent);
      }
    }
    delivered += samples.length;
    latencies.push(samples);
    memory.push({ label: `after round ${round}`, stats: await server.stats() });
    log(
      `round ${round}: ${samples.length} deliveries, p50 ${percentile(samples, 0.5).toFixed(1)} ms,` +
        ` p99 ${percentile(samples, 0.99).toFixed(1)} ms, heap ${(memory.at(-1)!.stats.memory.heapUsed / MB).toFixed(1)} MB`,
    );
  }

  // A crash mid-lesson: the server dies with every session; the teacher goes on to a new view
  // while it is down; a new server starts on the same port, knowing nothing.
  for (const student of students) student.received.clear();
  const current = update(250);
  const killedAt = performance.now();
  const port = server.port;
  await server.kill();
  const published = presenter.publish(current);
  log('server killed (SIGKILL); the teacher moves on; starting a new one on the same port');
  server = await startServerProcess(dist, port);
  const backAt = performance.now();
  restart.downMs = backAt - killedAt;
  /** When the student, having seen "reconnecting", got the teacher's new view. */
  const recoveredAt = (student: SimulatedStudent): number | null => {
    const lost = student.statuses.find((e) => e.at >= killedAt && e.status === 'reconnecting');
    const got = student.received.get(keyOf(current));
    return lost !== undefined && got !== undefined && got >= lost.at ? got : null;
  };
  await until(
    () => students.every((student) => recoveredAt(student) !== null),
    RECOVERY_BUDGET_MS + 5000,
    'every student to reconnect to the current state',
  ).catch((error: Error) => log(error.message));
  restart.published = await Promise.race([
    published,
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000)),
  ]);
  for (const student of students) {
    if (student.statuses.some((e) => e.at >= killedAt && e.status === 'reconnecting'))
      restart.sawReconnecting += 1;
    const at = recoveredAt(student);
    if (at !== null) {
      restart.recovered += 1;
      restart.recoveryMs.push(at - backAt);
    }
  }
  log(`after the restart: ${restart.recovered}/${STUDENTS} students back with the current state`);
  memory.push({ label: 'after the restart (new process)', stats: await server.stats() });
} finally {
  presenter?.dispose();
  for (const student of students) {
    student.client.leave();
    student.agent.destroy();
  }
  await server?.stop();
  rmSync(dist, { recursive: true, force: true });
}

// ── Report ───────────────────────────────────────────────────────────────────────────────────

const all = latencies.flat();
const expected = STUDENTS * UPDATES * ROUNDS;
const heap = (label: string) =>
  (memory.find((entry) => entry.label === label)?.stats.memory.heapUsed ?? NaN) / MB;
const rss = (label: string) =>
  (memory.find((entry) => entry.label === label)?.stats.memory.rss ?? NaN) / MB;
const heapGrowth = heap('after round 3') - heap('after round 1');
const rssGrowth = rss('after round 3') - rss('after round 1');
const worstRecovery =
  restart.recoveryMs.length === 0
    ? NaN
    : restart.recoveryMs.reduce((max, value) => Math.max(max, value), -Infinity);

const rows: LoadRow[] = [
  { label: 'Students on one session', value: STUDENTS, unit: '', budget: null },
  {
    label: `Teacher updates (${ROUNDS} rounds of ${UPDATES})`,
    value: UPDATES * ROUNDS,
    unit: '',
    budget: null,
  },
  { label: 'Deliveries received', value: delivered, unit: '', budget: { min: expected } },
  { label: 'Delivery latency p50', value: percentile(all, 0.5), unit: 'ms', budget: null },
  ...latencies.map((samples, index) => ({
    label: `Delivery latency p99, round ${index + 1}`,
    value: percentile(samples, 0.99),
    unit: 'ms' as const,
    budget: null,
  })),
  {
    label: 'Delivery latency p99, all rounds',
    value: percentile(all, 0.99),
    unit: 'ms',
    budget: { max: P99_BUDGET_MS },
  },
  {
    label: 'Delivery latency max',
    value: all.reduce((max, value) => Math.max(max, value), -Infinity),
    unit: 'ms',
    budget: null,
  },
  ...memory.flatMap(({ label, stats }) => [
    {
      label: `Server heap after GC, ${label}`,
      value: stats.memory.heapUsed / MB,
      unit: 'MB' as const,
      budget: null,
    },
    {
      label: `Server RSS, ${label}`,
      value: stats.memory.rss / MB,
      unit: 'MB' as const,
      budget: null,
    },
  ]),
  {
    label: 'Heap growth, round 1 → round 3',
    value: heapGrowth,
    unit: 'MB',
    budget: { max: HEAP_GROWTH_BUDGET_MB },
  },
  {
    label: 'RSS growth, round 1 → round 3',
    value: rssGrowth,
    unit: 'MB',
    budget: { max: RSS_GROWTH_BUDGET_MB },
  },
  {
    label: 'Server down (kill → new one listening)',
    value: restart.downMs,
    unit: 'ms',
    budget: null,
  },
  {
    label: 'Students that saw "reconnecting"',
    value: restart.sawReconnecting,
    unit: '',
    budget: null,
  },
  {
    label: 'Teacher’s view sent while down, accepted after (1 = yes)',
    value: restart.published ? 1 : 0,
    unit: '',
    budget: { min: 1 },
  },
  {
    label: 'Students back with the current state',
    value: restart.recovered,
    unit: '',
    budget: { min: STUDENTS },
  },
  // From the new server listening to the student holding the teacher's new view; the stream's
  // `retry: 2000` and the client's backoff set most of it.
  {
    label: 'Recovery after restart, p50',
    value: percentile(restart.recoveryMs, 0.5),
    unit: 'ms',
    budget: null,
  },
  {
    label: 'Recovery after restart, slowest',
    value: worstRecovery,
    unit: 'ms',
    budget: { max: RECOVERY_BUDGET_MS },
  },
];

const seconds = (performance.now() - started) / 1000;
console.log(
  `\n${STUDENTS} students from their own loopback addresses, one session, updates every ` +
    `${UPDATE_INTERVAL_MS} ms; latency = teacher's publish() → student's onState (both in this ` +
    `process; the server is a child). Memory is the server's, after a forced GC. ${cpus().length} ` +
    `cores, load average (1 min) ${loadAtStart.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end. ` +
    `"No growth" = the heap at the end of round 3 within ${HEAP_GROWTH_BUDGET_MB} MB of round 1's ` +
    `(round 1 warms up), RSS within ${RSS_GROWTH_BUDGET_MB} MB.\n`,
);
const judged = judgeLoad(rows);
console.log(formatLoadTable(judged));
const breaches = judged.filter((row) => row.withinBudget === false);
for (const row of breaches) console.error(`load: BUDGET BREACHED: ${row.label}`);
console.log(
  `\nload: finished in ${seconds.toFixed(1)} s; ${breaches.length === 0 ? 'every figure is within its budget' : `${breaches.length} budget(s) breached`}`,
);
clearTimeout(watchdog);
process.exitCode = breaches.length === 0 ? 0 : 1;
