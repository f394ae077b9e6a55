import type { PointSummary } from '../../points/dataset-parts';
import type { DisagreementKind } from '../../points/schema';

export interface EvidenceFlags {
  /** The source's lists (or another source) say different things about this point. */
  disagree: boolean;
  /** Something in this point's entry is unclear: a missing side, a vague word, a translation. */
  unclear: boolean;
}

/** Which badges a point earns, from the kinds of the disagreement entries that touch it. */
export function evidenceFlags(
  point: Pick<PointSummary, 'disagreements'>,
  kinds: Readonly<Record<string, DisagreementKind>>,
): EvidenceFlags {
  const touching = point.disagreements.map((id) => kinds[id]);
  return {
    disagree: touching.includes('lists-disagree'),
    unclear: touching.includes('unclear'),
  };
}
