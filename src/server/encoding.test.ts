import { describe, expect, it } from 'vitest';
import { chooseCoding, parseAcceptEncoding } from './encoding.ts';

const BOTH = ['br', 'gzip'] as const;

describe('Accept-Encoding negotiation', () => {
  it('prefers brotli, then gzip, then nothing', () => {
    expect(chooseCoding('gzip, deflate, br, zstd', BOTH)).toBe('br');
    expect(chooseCoding('gzip, deflate', BOTH)).toBe('gzip');
    expect(chooseCoding('deflate', BOTH)).toBe('identity');
    expect(chooseCoding(undefined, BOTH)).toBe('identity');
    expect(chooseCoding('', BOTH)).toBe('identity');
    expect(chooseCoding('br', ['gzip'])).toBe('identity');
  });

  it('honours q-values, q=0, the wildcard and x-gzip', () => {
    expect(chooseCoding('br;q=0, gzip', BOTH)).toBe('gzip');
    expect(chooseCoding('BR;Q=0, GZIP;q=0.1', BOTH)).toBe('gzip');
    expect(chooseCoding('br;q=0.2, gzip;q=0.8', BOTH)).toBe('gzip');
    expect(chooseCoding('*;q=0', BOTH)).toBe('identity');
    expect(chooseCoding('*', BOTH)).toBe('br');
    expect(chooseCoding('gzip;q=0, *', BOTH)).toBe('br');
    expect(chooseCoding('br;q=0, *', BOTH)).toBe('gzip');
    expect(chooseCoding('x-gzip', BOTH)).toBe('gzip');
    expect(chooseCoding('identity;q=1, br;q=0.5', BOTH)).toBe('identity');
    expect(chooseCoding('br;q=0.5', BOTH)).toBe('br');
  });

  it('reads a sloppy header without throwing (a q that is no number is ignored)', () => {
    expect(parseAcceptEncoding(' br ; q=0.7 ,, gzip;q=nonsense, br;q=1')).toEqual(
      new Map([
        ['br', 0.7],
        ['gzip', 1],
      ]),
    );
  });
});
