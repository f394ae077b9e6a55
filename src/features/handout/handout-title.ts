import type { Filters } from '../../data/filters';
import {
  POSTURE_LABELS,
  REGION_LABELS,
  SELF_MASSAGE_FILTER_LABELS,
  SYMMETRY_LABELS,
} from '../../data/labels';

/** The handout's title names the chosen set, so a printed page says what it covers. */
export function handoutTitle(filters: Filters, pointCount: number): string {
  const parts = [
    filters.selfMassage !== 'all' && SELF_MASSAGE_FILTER_LABELS[filters.selfMassage],
    filters.symmetry !== 'all' && SYMMETRY_LABELS[filters.symmetry],
    filters.posture !== 'all' && POSTURE_LABELS[filters.posture],
    filters.region !== 'all' && REGION_LABELS[filters.region],
  ].filter((part): part is string => typeof part === 'string');
  return parts.length === 0
    ? `Acupressure points: all ${pointCount}`
    : `Acupressure points: ${parts.join(', ')}`;
}
