import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { SESSION_ID_ALPHABET } from '../class/protocol.ts';

const ID_LENGTH = 16;
const DOMAIN = 'acupressure-atlas class session id\n';

/** 256 random bits, base64url (43 characters). */
export function newPresenterSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The class code for a secret: the first 80 bits of SHA-256 over the secret, in
 * SESSION_ID_ALPHABET. Anyone may know the code (it is on the projector and in every student's
 * address); finding a secret that hashes to it would take some 2^80 tries. So when a restarted
 * hub has forgotten the session, the teacher's client can bring it back with its secret and no
 * one else can claim the code first.
 */
export function sessionIdFor(secret: string): string {
  const digest = createHash('sha256').update(DOMAIN).update(secret).digest();
  let bits = 0;
  let value = 0;
  let id = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && id.length < ID_LENGTH) {
      bits -= 5;
      id += SESSION_ID_ALPHABET[(value >> bits) & 31];
    }
    value &= (1 << bits) - 1;
    if (id.length === ID_LENGTH) break;
  }
  return id;
}

/** What the hub keeps of a secret: its SHA-256, never the secret itself. */
export function secretDigest(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/** Constant-time comparison of two strings or digests (equal lengths compared, others false). */
export function sameBytes(a: Buffer | string, b: Buffer | string): boolean {
  const left = typeof a === 'string' ? Buffer.from(a) : a;
  const right = typeof b === 'string' ? Buffer.from(b) : b;
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The secret in `Authorization: Bearer <secret>`, or null when there is none of the right form. */
export function bearerSecret(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{43})$/.exec(header?.trim() ?? '');
  return match?.[1] ?? null;
}

/** A short random tag for one life of a session in one server process (event ids carry it). */
export function newEpoch(): string {
  return randomBytes(6).toString('base64url');
}

/** 128 random bits, base64url (22 characters): a ticket for the teacher's stream. */
export function newStreamTicket(): string {
  return randomBytes(16).toString('base64url');
}
