/**
 * The classroom protocol: what the teacher's atlas, the students' atlases and the hub behind
 * `npm start -- --class` say to each other. zod schemas and the types inferred from them,
 * imported by the server (src/server/class-hub.ts) and the browser client (client.ts) alike.
 * No DOM and no Node APIs here.
 *
 * The view state is built from the vocabularies the address bar uses (modes, postures, regions,
 * the list filters), so a state that travels to the class can always be written as a link too.
 */
// zod/mini: the same schemas and checks, built to be tree-shaken: the browser's classroom code
// carries about 8 kB of it (gzip) where classic zod would bring some 90 kB. It has no English
// messages unless asked (the hub asks: src/server/class-hub.ts); the browser needs none.
import * as z from 'zod/mini';
import { POSTURES, REGIONS } from '../../points/vocabulary';
import type { Filters } from '../data/filters';
import { JOIN_PARAMETER, type LinkState } from '../state/url';
import { MODES } from '../state/modes';
import { MAX_MARK_POINTS, MAX_STROKE_POINTS, MAX_STROKES } from './mark-caps';

// ── The view the teacher shares ──────────────────────────────────────────────────────────────

export const SELF_MASSAGE_FILTERS = ['all', 'sentence', 'any-list'] as const;
export const SYMMETRY_FILTERS = ['all', 'pair', 'midline'] as const;
export const POSTURE_FILTERS = ['all', ...POSTURES] as const;
export const REGION_FILTERS = ['all', ...REGIONS] as const;

/** Of a pair, the side the teacher shows; absent or null, each device shows the side it can. */
export const PAIR_SIDES = ['left', 'right'] as const;

/** A named view, not camera coordinates: every device flies there itself. */
export const VIEWS = ['point', 'whole', 'front', 'back', 'left', 'right'] as const;

/**
 * The protocol bounds a point number only structurally (a positive integer of two digits at
 * most); how many points there are belongs to the dataset. The hub refuses a number the dataset
 * does not have (it reads points/points.json), and the app does the same with its bundled data.
 * A dataset of 100 points or more would raise this.
 */
export const MAX_POINT_NUMBER = 99;

/** A student's tap on the body, in metres in the model's frame: the body fits well inside. */
export const TAP_LIMIT_METRES = 3;

export const pointNumberSchema = z.int().check(z.gte(1), z.lte(MAX_POINT_NUMBER));

export const filtersSchema = z.strictObject({
  selfMassage: z.enum(SELF_MASSAGE_FILTERS),
  symmetry: z.enum(SYMMETRY_FILTERS),
  posture: z.enum(POSTURE_FILTERS),
  region: z.enum(REGION_FILTERS),
}) satisfies z.ZodMiniType<Filters>;

export const shareStateSchema = z.strictObject({
  mode: z.enum(MODES),
  point: z.nullable(pointNumberSchema),
  filters: filtersSchema,
  showPosture: z.boolean(),
  view: z.enum(VIEWS),
  side: z.optional(z.nullable(z.enum(PAIR_SIDES))),
}) satisfies z.ZodMiniType<LinkState>;

export type ShareFilters = z.infer<typeof filtersSchema>;
export type ShareState = z.infer<typeof shareStateSchema>;
export type View = (typeof VIEWS)[number];

/**
 * The app's filters as the protocol's. An identity at run time; at compile time it fails the
 * moment src/data/filters.ts gains a value the protocol does not know (the `satisfies` above
 * catches the other direction).
 */
export function shareFilters(filters: Filters): ShareFilters {
  return filters;
}

export const INITIAL_SHARE_STATE: ShareState = {
  mode: 'explore',
  point: null,
  filters: { selfMassage: 'all', symmetry: 'all', posture: 'all', region: 'all' },
  showPosture: false,
  view: 'whole',
};

// ── Identities ───────────────────────────────────────────────────────────────────────────────

/**
 * 16 characters from 32 that cannot be misread (no l, o, 0 or 1): 80 bits. The id is the first
 * 80 bits of a hash of the presenter secret, so after a restart only the holder of the secret
 * can re-register it (src/server/secrets.ts).
 */
export const SESSION_ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
export const sessionIdSchema = z
  .string()
  .check(z.regex(/^[a-km-np-z2-9]{16}$/, 'not a class code'));

/** 32 random bytes, base64url: 256 bits. Sent only in the Authorization header. */
export const presenterSecretSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));

export const questionIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
/** A random id a student's device picks for itself; no names, no accounts. */
export const clientIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));

export type SessionId = z.infer<typeof sessionIdSchema>;

// ── The class quiz ───────────────────────────────────────────────────────────────────────────

const coordinate = z.number().check(z.gte(-TAP_LIMIT_METRES), z.lte(TAP_LIMIT_METRES));
export const tapSchema = z.strictObject({
  position: z.tuple([coordinate, coordinate, coordinate]),
});
export type Tap = z.infer<typeof tapSchema>;

export const askSchema = z.strictObject({
  type: z.literal('ask'),
  questionId: questionIdSchema,
  point: pointNumberSchema,
});
/** The teacher's quiz commands. reveal and close name the question, so a late retry of an old
 * command can never act on a newer question. */
export const quizCommandSchema = z.discriminatedUnion('type', [
  askSchema,
  z.strictObject({ type: z.literal('reveal'), questionId: questionIdSchema }),
  z.strictObject({ type: z.literal('close'), questionId: questionIdSchema }),
]);
export type QuizCommand = z.infer<typeof quizCommandSchema>;

export const answerSchema = z.strictObject({
  questionId: questionIdSchema,
  clientId: clientIdSchema,
  tap: tapSchema,
});
export type Answer = z.infer<typeof answerSchema>;

/** At most this many answers to one question (a class has at most 300 devices). */
export const MAX_ANSWERS = 1000;

const count = z.int().check(z.gte(0));

/** The quiz as everyone sees it: while open only how many answered; after reveal every tap. */
export const quizSnapshotSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('none') }),
  z.strictObject({
    status: z.literal('open'),
    questionId: questionIdSchema,
    point: pointNumberSchema,
    answered: count,
  }),
  z.strictObject({
    status: z.literal('revealed'),
    questionId: questionIdSchema,
    point: pointNumberSchema,
    answered: count,
    taps: z.array(tapSchema).check(z.maxLength(MAX_ANSWERS)),
  }),
  z.strictObject({ status: z.literal('closed'), questionId: questionIdSchema }),
]);
export type QuizSnapshot = z.infer<typeof quizSnapshotSchema>;

// ── The teacher's pen and pointer ────────────────────────────────────────────────────────────

/**
 * What the teacher draws on the body in Present, sent whole each time (the latest wins, and a
 * device that joins late gets it): strokes as lines over the skin and the pointer's spot, in
 * metres in the model's frame, for one point (a new point starts a clean page). The caps
 * (mark-caps.ts) keep one message under the hub's body limit.
 */

const skinSpot = z.tuple([coordinate, coordinate, coordinate]);
export const marksSchema = z.strictObject({
  point: z.nullable(pointNumberSchema),
  strokes: z
    .array(z.array(skinSpot).check(z.minLength(1), z.maxLength(MAX_STROKE_POINTS)))
    .check(z.maxLength(MAX_STROKES)),
  pointer: z.nullable(skinSpot),
});
export type Marks = z.infer<typeof marksSchema>;
export type SkinSpot = Marks['strokes'][number][number];

export const NO_MARKS: Marks = { point: null, strokes: [], pointer: null };

/** Whether a drawing keeps to the cap on all its strokes' points together (the schema checks each). */
export function withinMarkCap(marks: Marks): boolean {
  return marks.strokes.reduce((sum, stroke) => sum + stroke.length, 0) <= MAX_MARK_POINTS;
}

// ── The event stream (Server-Sent Events) ────────────────────────────────────────────────────

export const presenceSchema = z.strictObject({ students: count });
export type Presence = z.infer<typeof presenceSchema>;

export const ENDED_REASONS = ['teacher', 'idle'] as const;
export const endedSchema = z.strictObject({ reason: z.enum(ENDED_REASONS) });
export type Ended = z.infer<typeof endedSchema>;

/** Each event's name on the stream and the schema of its data (one JSON line). */
export const CLASS_EVENTS = {
  state: shareStateSchema,
  presence: presenceSchema,
  quiz: quizSnapshotSchema,
  marks: marksSchema,
  ended: endedSchema,
} as const;
export type ClassEventName = keyof typeof CLASS_EVENTS;
export type ClassEvent = {
  [Name in ClassEventName]: { event: Name; data: z.infer<(typeof CLASS_EVENTS)[Name]> };
}[ClassEventName];

/** Parses one event's data; null when the name is unknown or the data does not fit. */
export function parseClassEvent(event: string, data: string): ClassEvent | null {
  if (!Object.hasOwn(CLASS_EVENTS, event)) return null;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = CLASS_EVENTS[event as ClassEventName].safeParse(json);
  return parsed.success ? ({ event, data: parsed.data } as ClassEvent) : null;
}

// ── Requests and responses ───────────────────────────────────────────────────────────────────

export const createSessionRequestSchema = z.strictObject({ state: z.optional(shareStateSchema) });
export const createSessionResponseSchema = z.strictObject({
  sessionId: sessionIdSchema,
  presenterSecret: presenterSecretSchema,
  joinPath: z.string(),
});
export type CreateSessionResponse = z.infer<typeof createSessionResponseSchema>;

/** After a restart the hub has forgotten every session: the teacher's client brings it back. */
export const resumeSessionRequestSchema = z.strictObject({
  state: shareStateSchema,
  question: z.optional(z.omit(askSchema, { type: true })),
});
export type ResumeSessionRequest = z.infer<typeof resumeSessionRequestSchema>;

export const sessionStatusSchema = z.strictObject({ sessionId: sessionIdSchema, students: count });

/**
 * A ticket to open the teacher's own stream. EventSource sends no headers, so the stream cannot
 * carry the secret, and the secret never goes in an address (addresses are logged and shown):
 * the teacher's client asks for a ticket with the secret, then opens the stream with it. It
 * opens streams for a minute, so the browser's own reconnects work; after that a new one is due.
 */
export const streamTicketSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/));
export const streamTicketResponseSchema = z.strictObject({
  ticket: streamTicketSchema,
  expiresInMs: count,
});
export type StreamTicketResponse = z.infer<typeof streamTicketResponseSchema>;

/** GET /api/class: present only when the atlas is served by its own server, not a static host. */
export const classAvailabilitySchema = z.strictObject({
  available: z.literal(true),
  /** The addresses students can reach the hub at (empty unless started with --class). */
  joinOrigins: z.array(z.string()),
});
export type ClassAvailability = z.infer<typeof classAvailabilitySchema>;

/** Every error answer: a message for people and, for a bad body, the field it is about. */
export const errorResponseSchema = z.object({
  error: z.string(),
  field: z.optional(z.string()),
  code: z.optional(z.string()),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

// ── Addresses ────────────────────────────────────────────────────────────────────────────────

export const CLASS_API = '/api/class';
export const classPaths = {
  availability: CLASS_API,
  sessions: `${CLASS_API}/sessions`,
  session: (id: SessionId) => `${CLASS_API}/sessions/${id}`,
  state: (id: SessionId) => `${CLASS_API}/sessions/${id}/state`,
  quiz: (id: SessionId) => `${CLASS_API}/sessions/${id}/quiz`,
  answers: (id: SessionId) => `${CLASS_API}/sessions/${id}/answers`,
  marks: (id: SessionId) => `${CLASS_API}/sessions/${id}/marks`,
  tickets: (id: SessionId) => `${CLASS_API}/sessions/${id}/tickets`,
  /** A student's stream, or with a ticket the teacher's own. */
  events: (id: SessionId, presenterTicket?: string) =>
    `${CLASS_API}/sessions/${id}/events${presenterTicket === undefined ? '' : `?role=presenter&ticket=${encodeURIComponent(presenterTicket)}`}`,
};

/** The student's address carries the class code and nothing else: `/?join=<sessionId>`. */
export { JOIN_PARAMETER };

export function joinPath(sessionId: SessionId): string {
  return `/?${JOIN_PARAMETER}=${sessionId}`;
}

/** The class code in a page's query string, or null when there is none or it is malformed. */
export function readJoinCode(search: string): SessionId | null {
  const code = new URLSearchParams(search).get(JOIN_PARAMETER)?.trim().toLowerCase();
  return code !== undefined && sessionIdSchema.safeParse(code).success ? code : null;
}
