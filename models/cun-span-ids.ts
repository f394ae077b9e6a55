/**
 * The proportional measures (cun) of the standard acupuncture-point locations that the atlas
 * measures on its own body: each span is between two landmarks and is divided into a fixed
 * number of cun, whatever the person's size. The facts follow the WHO standard of 2008 (its
 * "proportional bone measurement"); the words are ours.
 *
 * The generator measures every span (models/cun-spans.ts) and writes its length into the
 * landmark table; the standard points' rules (points/standard-points.ts) count in them.
 */
export const CUN_SPANS = {
  head: { cun: 12, between: 'the front hairline to the back hairline, over the crown' },
  forearm: { cun: 12, between: 'the wrist crease to the elbow crease' },
  'lower-leg': { cun: 16, between: 'the knee crease to the outer ankle bone' },
  'ankle-height': { cun: 3, between: 'the inner ankle bone to the sole' },
  'lower-abdomen': { cun: 5, between: 'the navel to the top of the pubic bone' },
  'chest-width': { cun: 8, between: 'the nipple lines (the middle of each collarbone)' },
  'back-width': { cun: 6, between: 'the inner borders of the shoulder blades' },
  'four-fingers': { cun: 3, between: 'the breadth of four fingers held together' },
} as const;

export type CunSpanId = keyof typeof CUN_SPANS;

export const CUN_SPAN_IDS = Object.keys(CUN_SPANS) as CunSpanId[];

/** One cun of `span`, in metres, on a body whose spans measure `lengthsM`. */
export const cunM = (lengthsM: Readonly<Record<CunSpanId, number>>, span: CunSpanId): number =>
  lengthsM[span] / CUN_SPANS[span].cun;
