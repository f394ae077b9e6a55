/** The content codings the build writes beside each file (precompress.ts), best first. */
export const SIBLING_CODINGS = ['br', 'gzip'] as const;
export type SiblingCoding = (typeof SIBLING_CODINGS)[number];
export type Coding = SiblingCoding | 'identity';

/** Each coding named in an Accept-Encoding header, lower-cased, with its q-value (0 to 1). */
export function parseAcceptEncoding(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...parameters] = part.split(';').map((piece) => piece.trim());
    if (name === undefined || name === '' || weights.has(name.toLowerCase())) continue;
    let q = 1;
    for (const parameter of parameters) {
      const match = /^q\s*=\s*([0-9.]+)$/i.exec(parameter);
      if (match !== null) q = Math.min(1, Math.max(0, Number(match[1]) || 0));
    }
    weights.set(name.toLowerCase(), q);
  }
  return weights;
}

/**
 * The coding to send (RFC 9110, 12.5.3): the acceptable one with the highest q-value among
 * `available`, ties going to brotli, then gzip. A coding with q=0 is refused; "*" stands for
 * every coding not named; "x-gzip" is gzip. Without the header nothing is compressed. The
 * uncompressed file is acceptable unless refused, but ranks below any accepted coding unless the
 * header names identity with a higher q; when nothing is acceptable it goes out all the same, as
 * the RFC advises.
 */
export function chooseCoding(
  header: string | undefined,
  available: readonly SiblingCoding[],
): Coding {
  if (header === undefined || header.trim() === '') return 'identity';
  const weights = parseAcceptEncoding(header);
  const wildcard = weights.get('*');
  const weightOf: Record<SiblingCoding, number> = {
    br: weights.get('br') ?? wildcard ?? 0,
    gzip: weights.get('gzip') ?? weights.get('x-gzip') ?? wildcard ?? 0,
  };
  const candidates: { coding: Coding; weight: number }[] = SIBLING_CODINGS.filter((coding) =>
    available.includes(coding),
  ).map((coding) => ({ coding, weight: weightOf[coding] }));
  const identity = weights.get('identity');
  if (identity !== undefined) candidates.push({ coding: 'identity', weight: identity });
  let best: { coding: Coding; weight: number } | undefined;
  for (const candidate of candidates) {
    if (candidate.weight > 0 && (best === undefined || candidate.weight > best.weight))
      best = candidate;
  }
  return best?.coding ?? 'identity';
}
