import type { PointSummary } from '../../../points/dataset-parts';
import { evidenceFlags } from '../../data/evidence-flags';
import { SYMMETRY_LABELS } from '../../data/labels';
import { useDatasetSummary } from '../../state/dataset-context';

/**
 * Small tags: pair or midline, self-massage, "Sources disagree" where the source's lists (or
 * another source) say different things, and "Unclear" where its entry leaves something open.
 */
export function PointBadges({
  point,
  compact = false,
}: {
  point: PointSummary;
  compact?: boolean;
}) {
  const { disagreementKinds } = useDatasetSummary();
  const flags = evidenceFlags(point, disagreementKinds);
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
      {flags.disagree && (
        <span
          className="badge badge--disputed"
          data-flag="disagree"
          title="The source's lists, or another source, say different things here"
        >
          {compact ? <span aria-hidden="true">≠</span> : 'Sources disagree'}
          {compact && <span className="visually-hidden">Sources disagree</span>}
        </span>
      )}
      {flags.unclear && (
        <span
          className="badge badge--unclear"
          data-flag="unclear"
          title="The source's entry leaves something open here (a side, a direction, a word)"
        >
          {compact ? <span aria-hidden="true">?</span> : 'Unclear'}
          {compact && <span className="visually-hidden">Unclear</span>}
        </span>
      )}
    </span>
  );
}
