import type { Point } from '../../../points/schema';
import { PAIR_TECHNIQUE_LABELS, POSTURE_BASIS_LABELS, POSTURE_LABELS } from '../../data/labels';
import { SourceMark } from './SourceMark';

/**
 * The patient's posture and how a pair is worked, each with the source's own note; a posture the
 * entry does not give outright is badged "inferred" or "our reading".
 */
export function PostureAndPair({ point, withNotes }: { point: Point; withNotes: boolean }) {
  const { posture, pairTechnique } = point;
  return (
    <dl className="facts">
      <div>
        <dt>Posture</dt>
        <dd>
          {POSTURE_LABELS[posture.stated]}
          {posture.basis !== undefined && (
            <span className="badge badge--assumed" data-posture-basis={posture.basis}>
              {POSTURE_BASIS_LABELS[posture.basis]}
            </span>
          )}
          <SourceMark citations={[posture.citation]} />
          {withNotes && posture.note !== undefined && <span className="note">{posture.note}</span>}
        </dd>
      </div>
      {point.symmetry === 'pair' && (
        <div>
          <dt>Working the pair</dt>
          <dd>
            {PAIR_TECHNIQUE_LABELS[pairTechnique.stated]}
            <SourceMark citations={[pairTechnique.citation]} />
            {withNotes && pairTechnique.note !== undefined && (
              <span className="note">{pairTechnique.note}</span>
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}
