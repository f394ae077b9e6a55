import type { PointSummary } from '../../../points/dataset-parts';
import { SYMMETRY_LABELS } from '../../data/labels';

/** Small tags: pair or midline, self-massage, and a flag when the sources disagree. */
export function PointBadges({
  point,
  compact = false,
}: {
  point: PointSummary;
  compact?: boolean;
}) {
  const pair = point.symmetry === 'pair';
  return (
    <span className="badges">
      <span className="badge" title={SYMMETRY_LABELS[point.symmetry]}>
        {compact ? (pair ? 'L + R' : 'Midline') : SYMMETRY_LABELS[point.symmetry]}
      </span>
      {point.selfMassage.inSelfMassageSentence && (
        <span className="badge badge--self" title="Named in the source's self-massage sentence">
          Self
        </span>
      )}
      {point.disagreements.length > 0 && (
        <span className="badge badge--disputed" title="The sources disagree or are unclear here">
          {compact ? '≠' : 'Sources disagree'}
          {compact && <span className="visually-hidden"> Sources disagree</span>}
        </span>
      )}
    </span>
  );
}
