/**
 * The classroom client: what the atlas in the teacher's and the students' browsers uses to
 * talk to the hub. Framework-free (fetch and EventSource, callbacks; no React) and free of
 * Node APIs. Everything it receives is checked against the shared protocol's schemas.
 *
 * A hub keeps its sessions in memory only. When it restarts mid-lesson they are gone, so:
 * - the presenter keeps its session id, secret and last state; when its stream or a write meets
 *   "no such class" (404) it registers the same session again (PUT, proven by the secret) and
 *   posts its last state and open question;
 * - a student whose stream fails for good (EventSource gives up on any answer but 200) reports
 *   "reconnecting" and asks the hub, with backoff, until the class is back, then opens a new
 *   stream, which starts with the current state.
 *
 * Usage:
 *   const presenter = await createClassSession(state, { onPresence, onQuiz, onConnection });
 *   presenter.publish(nextState);            // coalesced: at most one request in flight
 *   const student = joinClass(code, { onState, onQuiz, onConnection });
 *   await student.answer([0.1, 1.2, 0.05]);
 */
import {
  CLASS_EVENTS,
  classAvailabilitySchema,
  classPaths,
  clientIdSchema,
  createSessionResponseSchema,
  errorResponseSchema,
  INITIAL_SHARE_STATE,
  joinPath,
  marksSchema,
  parseClassEvent,
  presenterSecretSchema,
  quizSnapshotSchema,
  sessionIdSchema,
  shareStateSchema,
  streamTicketResponseSchema,
  tapSchema,
  type ClassAvailability,
  type ClassEvent,
  type ClassEventName,
  type Marks,
  type Presence,
  type QuizCommand,
  type QuizSnapshot,
  type ResumeSessionRequest,
  type ShareState,
  type Tap,
  withinMarkCap,
} from './protocol';

export type ConnectionStatus = 'live' | 'reconnecting' | 'ended';

/** The pen moves often; the class sees its drawing at most this often (10 a second). */
export const MARKS_INTERVAL_MS = 100;
/** Before the first answer from the hub; never passed to onConnection. */
export type ClientStatus = ConnectionStatus | 'connecting';

/** The part of EventSource the client uses; a browser's EventSource is one. */
export interface EventSourceLike {
  /** 0 connecting, 1 open, 2 closed for good. */
  readonly readyState: number;
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  close(): void;
}
export type EventSourceFactory = (url: string) => EventSourceLike;

/** The part of a fetch Response the client uses. */
export interface ResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<ResponseLike>;

export interface ClassTransport {
  /** Where the hub is; '' (the default) is this page's own origin. */
  baseUrl?: string;
  /** The fetch to use; the global one by default. */
  fetch?: FetchLike;
  /** How to open a stream; `new EventSource(url)` by default (Node 20 has none: inject one). */
  eventSource?: EventSourceFactory;
  /** Waits between retries: from firstMs, doubling up to maxMs, each with random jitter. */
  backoff?: { firstMs?: number; maxMs?: number };
}

/** A request the hub refused for a reason that retrying will not fix. */
export class ClassRequestError extends Error {
  readonly status: number;
  readonly field: string | undefined;
  readonly code: string | undefined;

  constructor(status: number, message: string, field?: string, code?: string) {
    super(message);
    this.name = 'ClassRequestError';
    this.status = status;
    this.field = field;
    this.code = code;
  }
}

const CLOSED = 2;

// ── Plumbing ─────────────────────────────────────────────────────────────────────────────────

interface Reply {
  status: number;
  body: unknown;
  retryAfterMs: number | null;
}

class Connection {
  readonly baseUrl: string;
  readonly #fetch: FetchLike;
  readonly #eventSource: EventSourceFactory;
  readonly #firstMs: number;
  readonly #maxMs: number;
  #attempt = 0;
  readonly #abort = new AbortController();

  constructor(transport: ClassTransport) {
    this.baseUrl = (transport.baseUrl ?? '').replace(/\/$/, '');
    this.#fetch = transport.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.#eventSource =
      transport.eventSource ??
      ((url) => {
        if (typeof EventSource === 'undefined') {
          throw new Error('EventSource is not available here: pass options.eventSource.');
        }
        return new EventSource(url);
      });
    this.#firstMs = transport.backoff?.firstMs ?? 500;
    this.#maxMs = transport.backoff?.maxMs ?? 8000;
  }

  get closed(): boolean {
    return this.#abort.signal.aborted;
  }

  close(): void {
    this.#abort.abort();
  }

  /** One request; throws only when the hub cannot be reached at all. */
  async send(
    method: string,
    path: string,
    options: { secret?: string; body?: unknown } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.secret !== undefined) headers['Authorization'] = `Bearer ${options.secret}`;
    const init: { method: string; headers: Record<string, string>; body?: string } = {
      method,
      headers,
    };
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(options.body);
    }
    const response = await this.#fetch(`${this.baseUrl}${path}`, init);
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // an answer without JSON: its status says enough
    }
    const retryAfter = Number(response.headers.get('retry-after'));
    return {
      status: response.status,
      body,
      retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null,
    };
  }

  open(path: string): EventSourceLike {
    return this.#eventSource(`${this.baseUrl}${path}`);
  }

  /** The next wait: firstMs, doubling to maxMs, half of it random so a class does not stampede. */
  nextDelay(): number {
    const base = Math.min(this.#maxMs, this.#firstMs * 2 ** this.#attempt);
    this.#attempt += 1;
    return base / 2 + (Math.random() * base) / 2;
  }

  resetDelay(): void {
    this.#attempt = 0;
  }

  /** Waits `ms`, or less if the connection is closed meanwhile. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.closed) return resolve();
      const timer = setTimeout(done, ms);
      const signal = this.#abort.signal;
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done);
    });
  }
}

function refusal(reply: Reply): ClassRequestError {
  const parsed = errorResponseSchema.safeParse(reply.body);
  return parsed.success
    ? new ClassRequestError(reply.status, parsed.data.error, parsed.data.field, parsed.data.code)
    : new ClassRequestError(reply.status, `The class hub answered ${reply.status}.`);
}

/** Statuses worth waiting out: too many requests, a full class, a hub in trouble. */
const isPassing = (status: number) => status === 429 || status >= 500;

/** A random id from the platform's generator (crypto.randomUUID needs a secure context). */
export function randomId(bytes = 16): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const values = globalThis.crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(values, (value) => alphabet[value & 63]).join('');
}

function listen(source: EventSourceLike, onEvent: (event: ClassEvent) => void): void {
  for (const name of Object.keys(CLASS_EVENTS) as ClassEventName[]) {
    source.addEventListener(name, (message) => {
      const parsed = typeof message.data === 'string' ? parseClassEvent(name, message.data) : null;
      // An event that does not fit the protocol is dropped, never passed on half-checked.
      if (parsed !== null) onEvent(parsed);
    });
  }
}

// ── Is there a hub? ──────────────────────────────────────────────────────────────────────────

/**
 * Whether the atlas is served by its own server with the classroom hub (GET /api/class), and
 * where students can reach it. null on a plain static host (404), offline, or on any doubt:
 * the app then hides "Share with the class".
 */
export async function classAvailability(
  transport: ClassTransport = {},
): Promise<ClassAvailability | null> {
  try {
    const reply = await new Connection(transport).send('GET', classPaths.availability);
    if (reply.status !== 200) return null;
    const parsed = classAvailabilitySchema.safeParse(reply.body);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

// ── The teacher ──────────────────────────────────────────────────────────────────────────────

export interface PresenterCredentials {
  sessionId: string;
  presenterSecret: string;
}

export interface PresenterCallbacks {
  /** How many students are connected (the teacher's own streams are not counted). */
  onPresence?: (presence: Presence) => void;
  /** The question as the class sees it: answered count while open, every tap after reveal. */
  onQuiz?: (quiz: QuizSnapshot) => void;
  onConnection?: (status: ConnectionStatus) => void;
  /** A write the hub refused (a bad state, say); network trouble is retried, not reported. */
  onError?: (error: ClassRequestError) => void;
}

export type PresenterOptions = ClassTransport &
  PresenterCallbacks & {
    /**
     * The least time between two states sent (40 ms: at most 25 a second, under the hub's
     * per-device limit of 30). Changes in between are coalesced, so the latest always goes.
     */
    minPublishIntervalMs?: number;
  };

/** Starts a class: POST /api/class/sessions. Keep `presenter.credentials` to resume later. */
export async function createClassSession(
  initial: ShareState = INITIAL_SHARE_STATE,
  options: PresenterOptions = {},
): Promise<Presenter> {
  const state = shareStateSchema.parse(initial);
  const connection = new Connection(options);
  const reply = await connection.send('POST', classPaths.sessions, { body: { state } });
  if (reply.status !== 201) throw refusal(reply);
  const created = createSessionResponseSchema.parse(reply.body);
  return new Presenter(created, state, options, false);
}

/**
 * Takes a running class back (the teacher reloaded the page): registers it again with the
 * secret, whether the hub still has it or restarted, and posts `state`.
 */
export function resumeClassSession(
  credentials: PresenterCredentials,
  state: ShareState,
  options: PresenterOptions = {},
): Presenter {
  const checked = {
    sessionId: sessionIdSchema.parse(credentials.sessionId),
    presenterSecret: presenterSecretSchema.parse(credentials.presenterSecret),
  };
  return new Presenter(checked, shareStateSchema.parse(state), options, true);
}

interface OpenQuestion {
  questionId: string;
  point: number;
  status: 'open' | 'revealed';
}

export class Presenter {
  readonly sessionId: string;
  /** The student address's path: `/?join=<sessionId>`. */
  readonly joinPath: string;
  readonly credentials: PresenterCredentials;
  readonly #connection: Connection;
  readonly #callbacks: PresenterCallbacks;
  #state: ShareState;
  #question: OpenQuestion | null = null;
  #status: ClientStatus = 'connecting';
  #source: EventSourceLike | null = null;
  #resuming: Promise<boolean> | null = null;
  #publishing = false;
  #waiters: ((delivered: boolean) => void)[] = [];
  readonly #minInterval: number;
  #lastPublishAt = -Infinity;
  #marks: Marks | null = null;
  #sendingMarks = false;
  #lastMarksAt = -Infinity;

  /** Use createClassSession or resumeClassSession. */
  constructor(
    credentials: PresenterCredentials,
    state: ShareState,
    options: PresenterOptions,
    resumeFirst: boolean,
  ) {
    this.sessionId = credentials.sessionId;
    this.credentials = {
      sessionId: credentials.sessionId,
      presenterSecret: credentials.presenterSecret,
    };
    this.joinPath = joinPath(credentials.sessionId);
    this.#state = state;
    this.#connection = new Connection(options);
    this.#callbacks = options;
    this.#minInterval = options.minPublishIntervalMs ?? 40;
    if (resumeFirst) void this.#recover(false);
    else void this.#openStream();
  }

  get state(): ShareState {
    return this.#state;
  }

  get status(): ClientStatus {
    return this.#status;
  }

  /**
   * Shares a new view with the class. Coalesced: while one state is on its way only the latest
   * waits, so a fast run of changes never queues up. Resolves true once this state (or a newer
   * one) is on the hub, false if the class ended or the presenter was disposed first; rejects
   * at once if the state does not fit the protocol.
   */
  publish(state: ShareState): Promise<boolean> {
    this.#state = shareStateSchema.parse(state);
    return new Promise((resolve) => {
      this.#waiters.push(resolve);
      void this.#pump();
    });
  }

  /**
   * Shows the class the pen's strokes and the pointer, whole. The latest wins: while one drawing
   * is on its way only the newest waits, and drawings go at most every MARKS_INTERVAL_MS, so a
   * moving pen never queues up nor spends the device's share of the hub. Throws at once if the
   * drawing does not fit the protocol's caps.
   */
  shareMarks(marks: Marks): void {
    const checked = marksSchema.parse(marks);
    if (!withinMarkCap(checked)) throw new RangeError('too many points drawn at once');
    this.#marks = checked;
    void this.#sendMarks();
  }

  async #sendMarks(): Promise<void> {
    if (this.#sendingMarks) return;
    this.#sendingMarks = true;
    try {
      while (this.#marks !== null && !this.#connection.closed) {
        const wait =
          this.#lastMarksAt + Math.max(this.#minInterval, MARKS_INTERVAL_MS) - Date.now();
        if (wait > 0) await this.#connection.sleep(wait);
        const marks = this.#marks;
        this.#marks = null;
        this.#lastMarksAt = Date.now();
        try {
          await this.#write('POST', classPaths.marks(this.sessionId), marks);
        } catch {
          // refused (reported through onError); the next drawing is tried as usual
        }
      }
    } finally {
      this.#sendingMarks = false;
    }
  }

  /** Asks the class where `point` is. Resolves to the quiz as the class now sees it. */
  ask(point: number): Promise<QuizSnapshot | null> {
    const questionId = randomId(12);
    this.#question = { questionId, point, status: 'open' };
    return this.#command({ type: 'ask', questionId, point });
  }

  /** Shows every tap to everyone and stops the answers. */
  reveal(): Promise<QuizSnapshot | null> {
    const question = this.#question;
    if (question === null) return Promise.resolve(null);
    question.status = 'revealed';
    return this.#command({ type: 'reveal', questionId: question.questionId });
  }

  /** Takes the question away. */
  close(): Promise<QuizSnapshot | null> {
    const question = this.#question;
    if (question === null) return Promise.resolve(null);
    this.#question = null;
    return this.#command({ type: 'close', questionId: question.questionId });
  }

  /** Ends the class for everyone ("ended" on every device); the code stops working. */
  async end(): Promise<void> {
    try {
      await this.#write('DELETE', classPaths.session(this.sessionId), undefined, false);
    } finally {
      this.#finish('ended');
    }
  }

  /** Stops this client (its stream, its retries) without ending the class. */
  dispose(): void {
    this.#finish(this.#status === 'ended' ? 'ended' : null);
  }

  async #command(command: QuizCommand): Promise<QuizSnapshot | null> {
    const body = await this.#write('POST', classPaths.quiz(this.sessionId), command);
    const parsed = quizSnapshotSchema.safeParse(body);
    return parsed.success ? parsed.data : null;
  }

  async #pump(): Promise<void> {
    if (this.#publishing) return;
    this.#publishing = true;
    try {
      while (this.#waiters.length > 0) {
        const wait = this.#lastPublishAt + this.#minInterval - Date.now();
        if (wait > 0) await this.#connection.sleep(wait);
        this.#lastPublishAt = Date.now();
        const waiters = this.#waiters;
        this.#waiters = [];
        let delivered = false;
        try {
          delivered =
            (await this.#write('POST', classPaths.state(this.sessionId), this.#state)) !== null;
        } catch {
          // refused (reported through onError): these waiters are answered below
        }
        for (const resolve of waiters) resolve(delivered);
      }
    } finally {
      this.#publishing = false;
    }
  }

  /**
   * A teacher's write, retried through network trouble and a hub restart. Resolves to the
   * answer's body, or null when the class ended or this client was disposed.
   */
  async #write(
    method: string,
    path: string,
    body: unknown,
    resumeOnMissing = true,
  ): Promise<unknown> {
    const secret = this.credentials.presenterSecret;
    while (!this.#connection.closed) {
      let reply: Reply;
      try {
        reply = await this.#connection.send(method, path, { secret, body });
      } catch {
        this.#setStatus('reconnecting');
        await this.#connection.sleep(this.#connection.nextDelay());
        continue;
      }
      if (reply.status === 404 && resumeOnMissing) {
        if (!(await this.#resume())) return null;
        continue;
      }
      if (reply.status === 404 || reply.status === 410) {
        this.#finish('ended');
        return null;
      }
      if (isPassing(reply.status)) {
        await this.#connection.sleep(reply.retryAfterMs ?? this.#connection.nextDelay());
        continue;
      }
      if (reply.status >= 400) {
        const error = refusal(reply);
        this.#callbacks.onError?.(error);
        throw error;
      }
      return reply.body ?? {};
    }
    return null;
  }

  /** Registers the session again (PUT with the secret); one attempt at a time. */
  #resume(): Promise<boolean> {
    this.#resuming ??= (async () => {
      try {
        while (!this.#connection.closed) {
          this.#setStatus('reconnecting');
          const question = this.#question;
          const body: ResumeSessionRequest = { state: this.#state };
          if (question?.status === 'open') {
            body.question = { questionId: question.questionId, point: question.point };
          }
          let reply: Reply;
          try {
            reply = await this.#connection.send('PUT', classPaths.session(this.sessionId), {
              secret: this.credentials.presenterSecret,
              body,
            });
          } catch {
            await this.#connection.sleep(this.#connection.nextDelay());
            continue;
          }
          if (reply.status === 200 || reply.status === 201) return true;
          if (isPassing(reply.status)) {
            await this.#connection.sleep(reply.retryAfterMs ?? this.#connection.nextDelay());
            continue;
          }
          // 410: the teacher ended it (from another tab); 401/403/400: it cannot be ours.
          if (reply.status !== 410) this.#callbacks.onError?.(refusal(reply));
          this.#finish('ended');
          return false;
        }
        return false;
      } finally {
        this.#resuming = null;
      }
    })();
    return this.#resuming;
  }

  /**
   * Opens the teacher's stream with a fresh ticket (the stream cannot carry the secret): asked
   * for with the secret, good for the browser's own reconnects for a minute, and asked for again
   * whenever the stream has to be opened anew.
   */
  async #openStream(): Promise<void> {
    if (this.#connection.closed) return;
    let ticket: string;
    try {
      const body = await this.#write('POST', classPaths.tickets(this.sessionId), undefined);
      if (body === null) return;
      const parsed = streamTicketResponseSchema.safeParse(body);
      if (!parsed.success) {
        this.#callbacks.onError?.(new ClassRequestError(200, 'The class hub sent no ticket.'));
        return;
      }
      ticket = parsed.data.ticket;
    } catch {
      // refused (reported through onError): without a ticket there is no stream to open
      return;
    }
    if (this.#connection.closed) return;
    const source = this.#connection.open(classPaths.events(this.sessionId, ticket));
    this.#source = source;
    source.addEventListener('open', () => {
      this.#connection.resetDelay();
      this.#setStatus('live');
    });
    listen(source, (event) => {
      if (event.event === 'presence') this.#callbacks.onPresence?.(event.data);
      if (event.event === 'quiz') this.#callbacks.onQuiz?.(event.data);
      if (event.event === 'ended') this.#finish('ended');
    });
    source.addEventListener('error', () => {
      if (this.#source !== source || this.#connection.closed) return;
      this.#setStatus('reconnecting');
      // CONNECTING: the EventSource retries by itself. CLOSED: the hub answered something other
      // than a stream (404 after a restart): bring the session back, then listen again.
      if (source.readyState === CLOSED) {
        source.close();
        this.#source = null;
        void this.#recover(true);
      }
    });
  }

  async #recover(wait: boolean): Promise<void> {
    if (wait) await this.#connection.sleep(this.#connection.nextDelay());
    if (await this.#resume()) await this.#openStream();
  }

  #setStatus(status: ConnectionStatus): void {
    if (this.#status === status || this.#status === 'ended') return;
    this.#status = status;
    this.#callbacks.onConnection?.(status);
  }

  #finish(status: 'ended' | null): void {
    if (status !== null) this.#setStatus(status);
    this.#connection.close();
    this.#source?.close();
    this.#source = null;
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve(false);
  }
}

// ── A student ────────────────────────────────────────────────────────────────────────────────

export interface StudentCallbacks {
  /** The teacher's view: on joining at once, then on every change. */
  onState?: (state: ShareState) => void;
  onPresence?: (presence: Presence) => void;
  onQuiz?: (quiz: QuizSnapshot) => void;
  /** The teacher's pen and pointer: on joining, then whenever the drawing changes. */
  onMarks?: (marks: Marks) => void;
  /** 'reconnecting' also while a class code is not (or not yet again) known to the hub. */
  onConnection?: (status: ConnectionStatus) => void;
}

export interface StudentOptions extends ClassTransport {
  /** This device's anonymous id (keep it in sessionStorage to answer once after a reload). */
  clientId?: string;
}

export type AnswerOutcome =
  | { ok: true; answered: number }
  | { ok: false; reason: 'already-answered' | 'not-open' | 'unreachable' | 'refused' };

/** Follows the teacher's class with the code from the join address (`/?join=<code>`). */
export function joinClass(
  sessionId: string,
  callbacks: StudentCallbacks = {},
  options: StudentOptions = {},
): Student {
  return new Student(sessionIdSchema.parse(sessionId), callbacks, options);
}

export class Student {
  readonly sessionId: string;
  readonly clientId: string;
  readonly #connection: Connection;
  readonly #callbacks: StudentCallbacks;
  #status: ClientStatus = 'connecting';
  #source: EventSourceLike | null = null;
  #state: ShareState | null = null;
  #quiz: QuizSnapshot = { status: 'none' };

  /** Use joinClass. */
  constructor(sessionId: string, callbacks: StudentCallbacks, options: StudentOptions) {
    this.sessionId = sessionId;
    this.clientId = clientIdSchema.parse(options.clientId ?? randomId());
    this.#callbacks = callbacks;
    this.#connection = new Connection(options);
    this.#openStream();
  }

  get status(): ClientStatus {
    return this.#status;
  }

  /** The teacher's last view, or null before the first one arrived. */
  get state(): ShareState | null {
    return this.#state;
  }

  get quiz(): QuizSnapshot {
    return this.#quiz;
  }

  /**
   * Answers the open question with a tap on the body (metres, model frame). One answer per
   * device and question: a second one comes back 'already-answered'.
   */
  async answer(position: Tap['position'], questionId?: string): Promise<AnswerOutcome> {
    const quiz = this.#quiz;
    const id = questionId ?? (quiz.status === 'open' ? quiz.questionId : undefined);
    if (id === undefined) return { ok: false, reason: 'not-open' };
    const tap = tapSchema.parse({ position });
    let reply: Reply;
    try {
      reply = await this.#connection.send('POST', classPaths.answers(this.sessionId), {
        body: { questionId: id, clientId: this.clientId, tap },
      });
    } catch {
      return { ok: false, reason: 'unreachable' };
    }
    if (reply.status === 201) {
      const answered = (reply.body as { answered?: unknown } | null)?.answered;
      return { ok: true, answered: typeof answered === 'number' ? answered : 0 };
    }
    const error = refusal(reply);
    if (error.code === 'already-answered' || error.code === 'not-open') {
      return { ok: false, reason: error.code };
    }
    return { ok: false, reason: reply.status === 404 ? 'unreachable' : 'refused' };
  }

  /** Stops following the class. */
  leave(): void {
    this.#connection.close();
    this.#source?.close();
    this.#source = null;
  }

  #openStream(): void {
    if (this.#connection.closed) return;
    const source = this.#connection.open(classPaths.events(this.sessionId));
    this.#source = source;
    source.addEventListener('open', () => {
      this.#connection.resetDelay();
      this.#setStatus('live');
    });
    listen(source, (event) => {
      switch (event.event) {
        case 'state':
          this.#state = event.data;
          this.#callbacks.onState?.(event.data);
          break;
        case 'presence':
          this.#callbacks.onPresence?.(event.data);
          break;
        case 'quiz':
          this.#quiz = event.data;
          this.#callbacks.onQuiz?.(event.data);
          break;
        case 'marks':
          this.#callbacks.onMarks?.(event.data);
          break;
        case 'ended':
          this.#end();
          break;
      }
    });
    source.addEventListener('error', () => {
      if (this.#source !== source || this.#connection.closed) return;
      this.#setStatus('reconnecting');
      if (source.readyState === CLOSED) {
        source.close();
        this.#source = null;
        void this.#recover();
      }
    });
  }

  /** Asks the hub, with backoff, until the class is back (200) or has ended (410). */
  async #recover(): Promise<void> {
    while (!this.#connection.closed) {
      await this.#connection.sleep(this.#connection.nextDelay());
      if (this.#connection.closed) return;
      let status: number;
      try {
        status = (await this.#connection.send('GET', classPaths.session(this.sessionId))).status;
      } catch {
        continue;
      }
      if (status === 200) return this.#openStream();
      if (status === 410) return this.#end();
    }
  }

  #end(): void {
    this.#setStatus('ended');
    this.leave();
  }

  #setStatus(status: ConnectionStatus): void {
    if (this.#status === status || this.#status === 'ended') return;
    this.#status = status;
    this.#callbacks.onConnection?.(status);
  }
}
