import { describe, expect, it } from 'vitest';
import { sessionIdSchema } from '../class/protocol.ts';
import { lanAddresses, joinOrigins } from './network.ts';
import { TokenBuckets } from './rate-limit.ts';
import {
  bearerSecret,
  newPresenterSecret,
  sameBytes,
  secretDigest,
  sessionIdFor,
} from './secrets.ts';

describe('secrets and class codes', () => {
  it('makes a 256-bit secret and a code that is its fingerprint', () => {
    const secret = newPresenterSecret();
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    const id = sessionIdFor(secret);
    expect(sessionIdSchema.safeParse(id).success).toBe(true);
    expect(sessionIdFor(secret)).toBe(id);
    expect(sessionIdFor(newPresenterSecret())).not.toBe(id);
  });

  it('compares in constant time and only equal lengths', () => {
    expect(sameBytes(secretDigest('a'), secretDigest('a'))).toBe(true);
    expect(sameBytes(secretDigest('a'), secretDigest('b'))).toBe(false);
    expect(sameBytes('abc', 'abcd')).toBe(false);
  });

  it('reads only a well-formed bearer secret', () => {
    const secret = newPresenterSecret();
    expect(bearerSecret(`Bearer ${secret}`)).toBe(secret);
    for (const header of [undefined, secret, `Basic ${secret}`, `Bearer ${secret}=`, 'Bearer '])
      expect(bearerSecret(header)).toBeNull();
  });
});

describe('token buckets', () => {
  it('lets a burst through, then one request per earned token', () => {
    let now = 0;
    const buckets = new TokenBuckets({ capacity: 3, perSecond: 2 }, () => now);
    expect([1, 2, 3, 4].map(() => buckets.take('a').ok)).toEqual([true, true, true, false]);
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    now += 500;
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('b').ok).toBe(true);
    now += 10_000;
    buckets.prune();
    expect(buckets.size).toBe(0);
  });
});

describe('network addresses', () => {
  it('lists IPv4 addresses that are not loopback', () => {
    const interfaces = {
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
      wlan0: [
        { address: '192.168.1.20', family: 'IPv4', internal: false },
        { address: 'fe80::1', family: 'IPv6', internal: false },
      ],
      eth0: [{ address: '10.0.0.5', family: 'IPv4', internal: false }],
    } as never;
    expect(lanAddresses(interfaces)).toEqual(['192.168.1.20', '10.0.0.5']);
    const addresses = () => lanAddresses(interfaces);
    expect(joinOrigins('0.0.0.0', 4173, addresses)).toEqual([
      'http://192.168.1.20:4173',
      'http://10.0.0.5:4173',
    ]);
    expect(joinOrigins('127.0.0.1', 4173, addresses)).toEqual([]);
    expect(joinOrigins('192.168.1.20', 80, addresses)).toEqual(['http://192.168.1.20:80']);
  });
});
