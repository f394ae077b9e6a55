import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import {
  answerSchema,
  classPaths,
  createSessionRequestSchema,
  INITIAL_SHARE_STATE,
  joinPath,
  marksSchema,
  MAX_ANSWERS,
  NO_MARKS,
  quizCommandSchema,
  resumeSessionRequestSchema,
  sessionIdSchema,
  shareStateSchema,
  type ClassAvailability,
  type ClassEventName,
  type CreateSessionResponse,
  type Ended,
  type Marks,
  type QuizSnapshot,
  type ShareState,
  type StreamTicketResponse,
  type Tap,
  withinMarkCap,
} from '../class/protocol.ts';
import { MAX_MARK_POINTS } from '../class/mark-caps.ts';
import { datasetPointNumbers } from './dataset.ts';
import { parseBody, readJsonBody, Refusal, sendJson, sendRefusal } from './json-io.ts';
import { TokenBuckets, type RateLimit } from './rate-limit.ts';
import {
  bearerSecret,
  newEpoch,
  newPresenterSecret,
  newStreamTicket,
  sameBytes,
  secretDigest,
  sessionIdFor,
} from './secrets.ts';

export interface ClassHubOptions {
  /** Milliseconds since the epoch; injected by tests to move time on. */
  now?: () => number;
  /** The point numbers a state or question may name; the dataset's by default. */
  pointNumbers?: readonly number[];
  /** A session the teacher has not written to for this long ends (4 hours). */
  idleMs?: number;
  /** A comment line on every stream this often, so phones and proxies keep it open (15 s). */
  heartbeatMs?: number;
  /** The `retry:` a browser waits before it reconnects a dropped stream (2 s). */
  retryMs?: number;
  /** How often idle sessions, old tombstones and quiet rate buckets are swept (1 min). */
  sweepMs?: number;
  /** Student streams a session takes (300); the teacher's own do not count. */
  maxStudentStreams?: number;
  /** The teacher's own streams (a projector tab and a laptop tab, say): 4. */
  maxPresenterStreams?: number;
  /** Sessions at once (50). */
  maxSessions?: number;
  /** Request bodies (8 KB). */
  maxBodyBytes?: number;
  /**
   * What one device (one remote address) may hold, so that no single phone can take what the
   * class shares: student streams over all classes (6: a phone with a few tabs), classes it has
   * started and not ended (3), and answers to one question (6: a shared tablet, a few tabs). A
   * phone is one address on the room's Wi-Fi; a teacher's own streams count apart.
   */
  perDevice?: { streams: number; sessions: number; answers: number };
  /** How long a ticket for the teacher's stream opens streams (1 min). */
  ticketMs?: number;
  /**
   * Per remote address, over every request under /api/class/sessions: 60 at once, 30 a second.
   * The teacher's client sends at most 25 states a second (client.ts); a student needs a few
   * requests a minute.
   */
  rateLimit?: RateLimit;
  /**
   * Presence and answer counts change with every phone that joins or answers: they go out at
   * most once in this many milliseconds (100), not 300 times in a burst. State and quiz
   * commands go out at once.
   */
  countDelayMs?: number;
  /** The origins students join at (for GET /api/class). */
  joinOrigins?: () => string[];
}

type Role = 'student' | 'presenter';

interface Stream {
  response: ServerResponse;
  role: Role;
  device: string;
  session: Session;
}

interface Snapshot<T> {
  seq: number;
  data: T;
}

interface Question {
  id: string;
  point: number;
  status: 'open' | 'revealed';
  answers: Map<string, Tap>;
  /** Answers by remote address: one device cannot answer under many made-up ids. */
  answersByDevice: Map<string, number>;
}

interface Session {
  id: string;
  digest: Buffer;
  /** The address that started it (or brought it back after a restart). */
  device: string;
  /** Tickets for the teacher's stream, each with the time it stops opening streams. */
  tickets: Map<string, number>;
  /** One life of this session in this process: event ids are `epoch.seq`. */
  epoch: string;
  seq: number;
  lastWrite: number;
  state: Snapshot<ShareState>;
  quiz: Snapshot<QuizSnapshot>;
  presence: Snapshot<{ students: number }>;
  /** The teacher's pen strokes and pointer, the latest whole. */
  marks: Snapshot<Marks>;
  question: Question | null;
  streams: Set<Stream>;
  students: number;
  presenters: number;
  countTimer: ReturnType<typeof setTimeout> | null;
}

export interface HubStats {
  sessions: number;
  streams: number;
  rateBuckets: number;
  tombstones: number;
}

// The protocol's schemas are zod/mini, which ships no messages: the hub's 400s name the field
// and say what was expected, in English.
z.config(en());

/** A stream that has this much unsent (a phone that stopped reading) is cut: it reconnects. */
const MAX_BUFFERED_BYTES = 256 * 1024;
const MAX_TOMBSTONES = 1000;
/** Tickets a session holds at once: a few tabs reconnecting, not a pile. */
const MAX_TICKETS = 8;
const SESSION_PATH =
  /^\/api\/class\/sessions\/([^/]+)(?:\/(state|quiz|answers|marks|events|tickets))?$/;

/**
 * The classroom hub: sessions in memory only, a Server-Sent Events stream per device, the
 * teacher's writes authenticated by a secret. See src/class/README.md for the
 * routes and rules.
 */
export class ClassHub {
  readonly #now: () => number;
  readonly #points: ReadonlySet<number>;
  readonly #idleMs: number;
  readonly #retryMs: number;
  readonly #maxStudents: number;
  readonly #maxPresenters: number;
  readonly #maxSessions: number;
  readonly #maxBody: number;
  readonly #perDevice: { streams: number; sessions: number; answers: number };
  readonly #ticketMs: number;
  /** Student streams open from each address, over every session. */
  readonly #streamsByDevice = new Map<string, Stream[]>();
  readonly #countDelayMs: number;
  readonly #joinOrigins: () => string[];
  readonly #buckets: TokenBuckets;
  readonly #sessions = new Map<string, Session>();
  /** Ended sessions (id → when forgotten), so a device that comes back hears "ended", not 404. */
  readonly #tombstones = new Map<string, number>();
  readonly #timers: ReturnType<typeof setInterval>[] = [];

  constructor(options: ClassHubOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#points = new Set(options.pointNumbers ?? datasetPointNumbers());
    this.#idleMs = options.idleMs ?? 4 * 60 * 60 * 1000;
    this.#retryMs = options.retryMs ?? 2000;
    this.#maxStudents = options.maxStudentStreams ?? 300;
    this.#maxPresenters = options.maxPresenterStreams ?? 4;
    this.#maxSessions = options.maxSessions ?? 50;
    this.#maxBody = options.maxBodyBytes ?? 8 * 1024;
    this.#perDevice = options.perDevice ?? { streams: 6, sessions: 3, answers: 6 };
    this.#ticketMs = options.ticketMs ?? 60_000;
    this.#countDelayMs = options.countDelayMs ?? 100;
    this.#joinOrigins = options.joinOrigins ?? (() => []);
    this.#buckets = new TokenBuckets(options.rateLimit ?? { capacity: 60, perSecond: 30 }, () =>
      this.#now(),
    );
    const heartbeat = setInterval(() => this.heartbeat(), options.heartbeatMs ?? 15_000);
    const sweep = setInterval(() => this.sweep(), options.sweepMs ?? 60_000);
    for (const timer of [heartbeat, sweep]) {
      timer.unref();
      this.#timers.push(timer);
    }
  }

  /** The route for createAtlasServer: answers everything under /api/class. */
  readonly route = async (
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ): Promise<boolean> => {
    const { pathname } = url;
    if (pathname !== classPaths.availability && !pathname.startsWith(`${classPaths.availability}/`))
      return false;
    try {
      await this.#dispatch(request, response, url);
    } catch (error) {
      if (response.headersSent) {
        response.destroy();
      } else if (error instanceof Refusal) {
        sendRefusal(request, response, error);
      } else {
        sendRefusal(request, response, new Refusal(500, 'The class hub could not do that.'));
      }
    }
    return true;
  };

  /** A comment line on every stream: keeps idle connections open through phones and proxies. */
  heartbeat(): void {
    for (const session of this.#sessions.values()) {
      for (const stream of session.streams) this.#write(stream, ': heartbeat\n\n');
    }
  }

  /** Ends idle sessions and forgets old tombstones and quiet rate buckets. */
  sweep(): void {
    const now = this.#now();
    for (const session of [...this.#sessions.values()]) {
      if (now - session.lastWrite >= this.#idleMs) this.#end(session, 'idle');
    }
    for (const [id, until] of this.#tombstones) if (until <= now) this.#tombstones.delete(id);
    for (const session of this.#sessions.values()) dropExpired(session.tickets, now);
    this.#buckets.prune();
  }

  stats(): HubStats {
    let streams = 0;
    for (const session of this.#sessions.values()) streams += session.streams.size;
    return {
      sessions: this.#sessions.size,
      streams,
      rateBuckets: this.#buckets.size,
      tombstones: this.#tombstones.size,
    };
  }

  /**
   * Stops the timers and closes every stream without an "ended" event: a hub that shuts down
   * (Ctrl+C, a restart) has not ended the lesson, and the devices reconnect to the next one.
   */
  close(): void {
    for (const timer of this.#timers) clearInterval(timer);
    for (const session of this.#sessions.values()) {
      if (session.countTimer !== null) clearTimeout(session.countTimer);
      for (const stream of session.streams) stream.response.end();
    }
    this.#sessions.clear();
    this.#streamsByDevice.clear();
  }

  // ── Dispatch ─────────────────────────────────────────────────────────────────────────────

  async #dispatch(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const method = request.method ?? 'GET';
    if (url.pathname === classPaths.availability) {
      if (method !== 'GET' && method !== 'HEAD') throw notAllowed('GET');
      const body: ClassAvailability = { available: true, joinOrigins: this.#joinOrigins() };
      sendJson(request, response, 200, body);
      return;
    }

    const admission = this.#buckets.take(remoteAddress(request));
    if (!admission.ok) {
      throw new Refusal(429, 'Too many requests from this device: wait a moment.', {
        headers: { 'Retry-After': String(admission.retryAfterSeconds) },
      });
    }
    const writes = method === 'POST' || method === 'PUT' || method === 'DELETE';
    if (writes) checkOrigin(request);

    const device = remoteAddress(request);
    if (url.pathname === classPaths.sessions) {
      if (method !== 'POST') throw notAllowed('POST');
      await this.#create(request, response, device);
      return;
    }
    const match = SESSION_PATH.exec(url.pathname);
    if (match === null) throw new Refusal(404, 'No such classroom address.');
    const [, id = '', part] = match;
    switch (part) {
      case undefined:
        if (method === 'GET' || method === 'HEAD') return this.#status(request, response, id);
        if (method === 'PUT') return this.#resume(request, response, id, device);
        if (method === 'DELETE') return this.#endByTeacher(request, response, id);
        throw notAllowed('GET, PUT, DELETE');
      case 'events':
        if (method !== 'GET') throw notAllowed('GET');
        return this.#stream(request, response, url, id, device);
      case 'state':
        if (method !== 'POST') throw notAllowed('POST');
        return this.#publish(request, response, id);
      case 'quiz':
        if (method !== 'POST') throw notAllowed('POST');
        return this.#quiz(request, response, id);
      case 'answers':
        if (method !== 'POST') throw notAllowed('POST');
        return this.#answer(request, response, id, device);
      case 'marks':
        if (method !== 'POST') throw notAllowed('POST');
        return this.#drawMarks(request, response, id);
      case 'tickets':
        if (method !== 'POST') throw notAllowed('POST');
        return this.#ticket(request, response, id);
      default:
        throw new Refusal(404, 'No such classroom address.');
    }
  }

  // ── Sessions ─────────────────────────────────────────────────────────────────────────────

  /** The live session, or a 404 (never was, or forgotten by a restart) / 410 (ended). */
  #session(id: string): Session {
    const session = this.#sessions.get(id);
    if (session !== undefined) {
      if (this.#now() - session.lastWrite < this.#idleMs) return session;
      this.#end(session, 'idle');
    }
    if (this.#tombstones.has(id)) {
      throw new Refusal(410, 'This class has ended.', { code: 'ended' });
    }
    throw new Refusal(404, 'No class with this code is running on this server.', {
      code: 'unknown-session',
    });
  }

  /** The session a teacher's write is for, after checking its secret. */
  #teacherSession(request: IncomingMessage, id: string): Session {
    const session = this.#session(id);
    const secret = bearerSecret(request.headers.authorization);
    if (secret === null) {
      throw new Refusal(401, 'This needs the presenter secret (Authorization: Bearer …).', {
        headers: { 'WWW-Authenticate': 'Bearer' },
      });
    }
    if (!sameBytes(secretDigest(secret), session.digest)) {
      throw new Refusal(403, 'The presenter secret does not match this class.');
    }
    return session;
  }

  #newSession(id: string, secret: string, state: ShareState, device: string): Session {
    const classesOfDevice = () =>
      [...this.#sessions.values()].filter((session) => session.device === device);
    if (classesOfDevice().length >= this.#perDevice.sessions) {
      // A class whose teacher's page is gone (a closed tab keeps no secret) would hold its place
      // for hours: the device's oldest class with no teacher's stream open makes way.
      const orphaned = classesOfDevice()
        .filter((session) => session.presenters === 0)
        .sort((a, b) => a.lastWrite - b.lastWrite)[0];
      if (orphaned !== undefined) this.#end(orphaned, 'idle');
    }
    if (classesOfDevice().length >= this.#perDevice.sessions) {
      throw new Refusal(
        429,
        `This device already runs ${this.#perDevice.sessions} classes: end one to start another.`,
        { code: 'device-classes-full', headers: { 'Retry-After': '60' } },
      );
    }
    if (this.#sessions.size >= this.#maxSessions) {
      throw new Refusal(503, `This server already runs ${this.#maxSessions} classes.`, {
        headers: { 'Retry-After': '60' },
      });
    }
    const session: Session = {
      id,
      digest: secretDigest(secret),
      device,
      tickets: new Map(),
      epoch: newEpoch(),
      seq: 0,
      lastWrite: this.#now(),
      state: { seq: 0, data: state },
      quiz: { seq: 0, data: { status: 'none' } },
      presence: { seq: 0, data: { students: 0 } },
      marks: { seq: 0, data: NO_MARKS },
      question: null,
      streams: new Set(),
      students: 0,
      presenters: 0,
      countTimer: null,
    };
    session.state.seq = ++session.seq;
    session.presence.seq = ++session.seq;
    this.#sessions.set(id, session);
    return session;
  }

  async #create(request: IncomingMessage, response: ServerResponse, device: string): Promise<void> {
    // No body at all is a session that starts at the atlas's opening view.
    const body = parseBody(createSessionRequestSchema, (await this.#body(request)) ?? {});
    const state = body.state ?? INITIAL_SHARE_STATE;
    this.#checkPoint(state.point, 'state.point');
    const secret = newPresenterSecret();
    const id = sessionIdFor(secret);
    this.#newSession(id, secret, state, device);
    const answer: CreateSessionResponse = {
      sessionId: id,
      presenterSecret: secret,
      joinPath: joinPath(id),
    };
    sendJson(request, response, 201, answer);
  }

  #status(request: IncomingMessage, response: ServerResponse, id: string): void {
    const session = this.#session(validId(id));
    sendJson(request, response, 200, { sessionId: session.id, students: session.students });
  }

  /**
   * PUT /api/class/sessions/:id with the secret: brings a session back after a restart (the id
   * must be the secret's fingerprint), or, if the hub still has it, just takes the new state.
   */
  async #resume(
    request: IncomingMessage,
    response: ServerResponse,
    rawId: string,
    device: string,
  ): Promise<void> {
    const id = validId(rawId);
    const existing = this.#sessions.has(id);
    if (existing || this.#tombstones.has(id)) this.#teacherSession(request, id);
    const secret = bearerSecret(request.headers.authorization);
    if (secret === null) {
      throw new Refusal(401, 'This needs the presenter secret (Authorization: Bearer …).', {
        headers: { 'WWW-Authenticate': 'Bearer' },
      });
    }
    if (!existing && !sameBytes(sessionIdFor(secret), id)) {
      throw new Refusal(403, 'The presenter secret does not match this class code.');
    }
    const body = parseBody(resumeSessionRequestSchema, await this.#body(request));
    this.#checkPoint(body.state.point, 'state.point');
    if (body.question !== undefined) this.#checkPoint(body.question.point, 'question.point');
    const session = this.#sessions.get(id) ?? this.#newSession(id, secret, body.state, device);
    session.lastWrite = this.#now();
    if (existing) this.#emit(session, 'state', body.state);
    if (body.question !== undefined && session.question?.id !== body.question.questionId) {
      this.#ask(session, body.question.questionId, body.question.point);
    }
    sendJson(request, response, existing ? 200 : 201, {
      sessionId: id,
      resumed: !existing,
    });
  }

  async #endByTeacher(request: IncomingMessage, response: ServerResponse, id: string) {
    const session = this.#teacherSession(request, validId(id));
    this.#end(session, 'teacher');
    sendJson(request, response, 200, { ended: true });
  }

  #end(session: Session, reason: Ended['reason']): void {
    this.#emit(session, 'ended', { reason });
    for (const stream of session.streams) {
      this.#release(stream);
      stream.response.end();
    }
    session.streams.clear();
    if (session.countTimer !== null) clearTimeout(session.countTimer);
    this.#sessions.delete(session.id);
    this.#tombstones.set(session.id, this.#now() + this.#idleMs);
    if (this.#tombstones.size > MAX_TOMBSTONES) {
      const oldest = this.#tombstones.keys().next().value;
      if (oldest !== undefined) this.#tombstones.delete(oldest);
    }
  }

  // ── The teacher's writes ─────────────────────────────────────────────────────────────────

  async #publish(request: IncomingMessage, response: ServerResponse, id: string): Promise<void> {
    const session = this.#teacherSession(request, validId(id));
    const state = parseBody(shareStateSchema, await this.#body(request));
    this.#checkPoint(state.point, 'point');
    session.lastWrite = this.#now();
    this.#emit(session, 'state', state);
    sendJson(request, response, 200, { ok: true });
  }

  /** POST …/marks with the secret: the teacher's pen and pointer, passed on whole. */
  async #drawMarks(request: IncomingMessage, response: ServerResponse, id: string): Promise<void> {
    const session = this.#teacherSession(request, validId(id));
    const marks = parseBody(marksSchema, await this.#body(request));
    if (!withinMarkCap(marks))
      throw new Refusal(400, `strokes: at most ${MAX_MARK_POINTS} points in all`, {
        field: 'strokes',
      });
    this.#checkPoint(marks.point, 'point');
    session.lastWrite = this.#now();
    this.#emit(session, 'marks', marks);
    sendJson(request, response, 200, { ok: true });
  }

  async #quiz(request: IncomingMessage, response: ServerResponse, id: string): Promise<void> {
    const session = this.#teacherSession(request, validId(id));
    const command = parseBody(quizCommandSchema, await this.#body(request));
    session.lastWrite = this.#now();
    const question = session.question;
    switch (command.type) {
      case 'ask':
        this.#checkPoint(command.point, 'point');
        if (question?.id === command.questionId) {
          if (question.point !== command.point) {
            throw new Refusal(409, 'This question id was already asked about another point.', {
              code: 'question-mismatch',
            });
          }
        } else {
          this.#ask(session, command.questionId, command.point);
        }
        break;
      case 'reveal':
        if (question?.id !== command.questionId) {
          throw new Refusal(409, 'That is not the question being asked.', {
            code: 'not-current',
          });
        }
        if (question.status === 'open') {
          question.status = 'revealed';
          this.#emit(session, 'quiz', quizSnapshot(question));
        }
        break;
      case 'close':
        // Closing a question that is already gone is done already.
        if (question?.id === command.questionId) {
          session.question = null;
          this.#emit(session, 'quiz', { status: 'closed', questionId: question.id });
        }
        break;
    }
    sendJson(request, response, 200, session.quiz.data);
  }

  #ask(session: Session, questionId: string, point: number): void {
    session.question = {
      id: questionId,
      point,
      status: 'open',
      answers: new Map(),
      answersByDevice: new Map(),
    };
    this.#emit(session, 'quiz', quizSnapshot(session.question));
  }

  // ── The students' answers ────────────────────────────────────────────────────────────────

  async #answer(
    request: IncomingMessage,
    response: ServerResponse,
    id: string,
    device: string,
  ): Promise<void> {
    const session = this.#session(validId(id));
    const answer = parseBody(answerSchema, await this.#body(request));
    const question = session.question;
    if (question === null || question.id !== answer.questionId || question.status !== 'open') {
      throw new Refusal(409, 'This question is no longer open.', { code: 'not-open' });
    }
    if (question.answers.has(answer.clientId)) {
      throw new Refusal(409, 'This device has already answered this question.', {
        code: 'already-answered',
      });
    }
    const fromDevice = question.answersByDevice.get(device) ?? 0;
    if (fromDevice >= this.#perDevice.answers) {
      throw new Refusal(429, 'This device has answered this question as often as it may.', {
        code: 'device-answers-full',
      });
    }
    if (question.answers.size >= MAX_ANSWERS) {
      throw new Refusal(503, 'This question has all the answers it can take.');
    }
    // Millimetres are plenty, and the reveal event stays small.
    const position = answer.tap.position.map((value) => Math.round(value * 1000) / 1000);
    question.answers.set(answer.clientId, { position: position as Tap['position'] });
    question.answersByDevice.set(device, fromDevice + 1);
    this.#scheduleCounts(session);
    sendJson(request, response, 201, { answered: question.answers.size });
  }

  // ── The event stream ─────────────────────────────────────────────────────────────────────

  #stream(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    id: string,
    device: string,
  ): void {
    const session = this.#session(validId(id));
    const role: Role = url.searchParams.get('role') === 'presenter' ? 'presenter' : 'student';
    if (role === 'presenter') this.#checkTicket(session, url.searchParams.get('ticket'));
    const ownStreams = this.#streamsByDevice.get(device) ?? [];
    // A device at its share gives up its oldest stream for the new one: a phone that changed
    // access point leaves half-open streams behind for minutes, and it is the same phone.
    if (role === 'student' && ownStreams.length >= this.#perDevice.streams)
      this.#drop(ownStreams[0]!);
    if (role === 'student' && session.students >= this.#maxStudents) {
      throw new Refusal(
        503,
        `This class already has ${this.#maxStudents} devices connected: no more can join.`,
        { code: 'class-full', headers: { 'Retry-After': '30' } },
      );
    }
    if (role === 'presenter' && session.presenters >= this.#maxPresenters) {
      throw new Refusal(503, `The presenter already has ${this.#maxPresenters} streams open.`, {
        code: 'presenter-streams-full',
        headers: { 'Retry-After': '30' },
      });
    }
    const lastEventId = request.headers['last-event-id'];
    const lastSeen = lastSeenSeq(
      typeof lastEventId === 'string' ? lastEventId : undefined,
      session.epoch,
    );

    request.socket.setNoDelay(true);
    request.socket.setKeepAlive(true, 30_000);
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: no proxy may compress or buffer the stream.
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
      'X-Content-Type-Options': 'nosniff',
    });
    const stream: Stream = { response, role, device, session };
    // The latest of each kind that this device has not seen, oldest first, so its
    // Last-Event-ID always means "everything up to here" (see lastSeenSeq).
    const snapshots: [ClassEventName, Snapshot<unknown>][] = [
      ['state', session.state],
      ['presence', session.presence],
      ['quiz', session.quiz],
      ['marks', session.marks],
    ];
    let text = `retry: ${this.#retryMs}\n\n`;
    for (const [event, snapshot] of snapshots.sort((a, b) => a[1].seq - b[1].seq)) {
      if (snapshot.seq === 0 || snapshot.seq <= lastSeen) continue;
      // A fresh device has no use for "the last question was closed".
      if (event === 'quiz' && lastSeen === 0 && session.quiz.data.status === 'closed') continue;
      if (event === 'marks' && role !== 'student') continue;
      text += formatEvent(event, `${session.epoch}.${snapshot.seq}`, snapshot.data);
    }
    response.write(text);

    session.streams.add(stream);
    if (role === 'student') {
      session.students += 1;
      this.#streamsByDevice.set(device, [...(this.#streamsByDevice.get(device) ?? []), stream]);
    } else session.presenters += 1;
    this.#scheduleCounts(session);
    response.on('error', () => {});
    response.on('close', () => this.#detach(stream));
  }

  /** Takes a stream out of its class and its device's share; false if it was out already. */
  #detach(stream: Stream): boolean {
    const { session } = stream;
    if (!session.streams.delete(stream)) return false;
    this.#release(stream);
    if (stream.role === 'student') session.students -= 1;
    else session.presenters -= 1;
    if (this.#sessions.get(session.id) === session) this.#scheduleCounts(session);
    return true;
  }

  /** Ends a stream from this side: it is out at once, and the device reconnects if it lives. */
  #drop(stream: Stream): void {
    this.#detach(stream);
    stream.response.destroy();
  }

  /** A student stream no longer counts against its device. */
  #release(stream: Stream): void {
    if (stream.role !== 'student') return;
    const left = (this.#streamsByDevice.get(stream.device) ?? []).filter((s) => s !== stream);
    if (left.length > 0) this.#streamsByDevice.set(stream.device, left);
    else this.#streamsByDevice.delete(stream.device);
  }

  /** POST /api/class/sessions/:id/tickets with the secret: a ticket for the teacher's stream. */
  #ticket(request: IncomingMessage, response: ServerResponse, id: string): void {
    const session = this.#teacherSession(request, validId(id));
    const now = this.#now();
    dropExpired(session.tickets, now);
    while (session.tickets.size >= MAX_TICKETS) {
      const oldest = session.tickets.keys().next().value;
      if (oldest === undefined) break;
      session.tickets.delete(oldest);
    }
    const ticket = newStreamTicket();
    session.tickets.set(ticket, now + this.#ticketMs);
    const answer: StreamTicketResponse = { ticket, expiresInMs: this.#ticketMs };
    sendJson(request, response, 201, answer);
  }

  /** The teacher's stream opens only with a ticket the teacher's secret asked for. */
  #checkTicket(session: Session, ticket: string | null): void {
    if (ticket === null) {
      throw new Refusal(401, "The teacher's stream needs a ticket (POST …/tickets first).", {
        code: 'ticket-needed',
      });
    }
    const until = session.tickets.get(ticket);
    if (until === undefined || until <= this.#now()) {
      throw new Refusal(403, 'This stream ticket is unknown or has run out: ask for a new one.', {
        code: 'ticket-refused',
      });
    }
  }

  /** One event to every stream of the session; the latest of each kind is kept for newcomers. */
  #emit<Name extends ClassEventName>(session: Session, event: Name, data: unknown): void {
    const seq = ++session.seq;
    if (event === 'state') session.state = { seq, data: data as ShareState };
    if (event === 'quiz') session.quiz = { seq, data: data as QuizSnapshot };
    if (event === 'presence') session.presence = { seq, data: data as { students: number } };
    if (event === 'marks') session.marks = { seq, data: data as Marks };
    const text = formatEvent(event, `${session.epoch}.${seq}`, data);
    for (const stream of session.streams)
      // The teacher's own drawing is not sent back to the teacher's screens.
      if (event !== 'marks' || stream.role === 'student') this.#write(stream, text);
  }

  #write(stream: Stream, text: string): void {
    if (stream.response.destroyed) return;
    if (stream.response.writableLength > MAX_BUFFERED_BYTES) {
      // It will reconnect and get the latest state; we never buffer without bound.
      stream.response.destroy();
      return;
    }
    stream.response.write(text);
  }

  /** Presence and the open question's answer count, at most once per countDelayMs. */
  #scheduleCounts(session: Session): void {
    if (session.countTimer !== null) return;
    session.countTimer = setTimeout(() => {
      session.countTimer = null;
      if (this.#sessions.get(session.id) !== session) return;
      if (session.presence.data.students !== session.students) {
        this.#emit(session, 'presence', { students: session.students });
      }
      const question = session.question;
      const shown = session.quiz.data;
      if (
        question?.status === 'open' &&
        shown.status === 'open' &&
        shown.answered !== question.answers.size
      ) {
        this.#emit(session, 'quiz', quizSnapshot(question));
      }
    }, this.#countDelayMs);
    session.countTimer.unref();
  }

  // ── Helpers ──────────────────────────────────────────────────────────────────────────────

  #body(request: IncomingMessage): Promise<unknown> {
    return readJsonBody(request, this.#maxBody);
  }

  #checkPoint(point: number | null, field: string): void {
    if (point !== null && !this.#points.has(point)) {
      throw new Refusal(400, `${field}: this atlas has no point ${point}`, { field });
    }
  }
}

function dropExpired(tickets: Map<string, number>, now: number): void {
  for (const [ticket, until] of tickets) if (until <= now) tickets.delete(ticket);
}

export function formatEvent(event: string, id: string, data: unknown): string {
  // JSON.stringify escapes every line break, so the data is always one `data:` line.
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

function quizSnapshot(question: Question): QuizSnapshot {
  const base = { questionId: question.id, point: question.point, answered: question.answers.size };
  return question.status === 'open'
    ? { status: 'open', ...base }
    : { status: 'revealed', ...base, taps: [...question.answers.values()] };
}

/**
 * The sequence number a reconnecting device has seen up to, from its Last-Event-ID
 * (`epoch.seq`); 0 when it has none, or when the id is from another life of the session (a
 * restart): then it gets everything again.
 */
export function lastSeenSeq(header: string | undefined, epoch: string): number {
  const match = /^([A-Za-z0-9_-]{1,16})\.(\d{1,12})$/.exec(header?.trim() ?? '');
  if (match === null || match[1] !== epoch) return 0;
  return Number(match[2]);
}

function validId(id: string): string {
  if (!sessionIdSchema.safeParse(id).success) {
    throw new Refusal(404, 'No class with this code is running on this server.', {
      code: 'unknown-session',
    });
  }
  return id;
}

function notAllowed(allow: string): Refusal {
  return new Refusal(405, `Use ${allow} here.`, { headers: { Allow: allow } });
}

export function remoteAddress(request: IncomingMessage): string {
  const address = request.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/**
 * A write must come from the atlas's own pages. A browser always sends Origin with a POST, PUT
 * or DELETE, so a foreign or "null" Origin is another site's page (or a sandboxed one) trying
 * to act on the class: 403. Without Origin the request is from a tool that is no browser (curl,
 * the load run), which no web page can make a browser send: allowed.
 */
function checkOrigin(request: IncomingMessage): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  const host = request.headers.host;
  if (host === undefined || origin.toLowerCase() !== `http://${host.toLowerCase()}`) {
    throw new Refusal(403, `Writes are accepted only from this atlas's own pages, not ${origin}.`, {
      code: 'foreign-origin',
    });
  }
}
