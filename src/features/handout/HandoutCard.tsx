import type { Point } from '../../../points/schema';
import { disagreementsOf } from '../../data/dataset';
import { describeRule, formatCitation } from '../../data/describe-rule';
import { PAIR_TECHNIQUE_LABELS, POSTURE_LABELS, REGION_LABELS } from '../../data/labels';
import { useDataset } from '../../state/dataset-context';
import { HandoutDisagreements } from './HandoutDisagreements';
import { HandoutPicture } from './HandoutPicture';

/**
 * Everything a student needs about one point on paper; never split across pages. Disagreements
 * the handout states above the cards (`statedAbove`) are left out here.
 */
export function HandoutCard({ point, statedAbove }: { point: Point; statedAbove: string[] }) {
  const dataset = useDataset();
  const { start, steps } = describeRule(point);
  const disagreements = disagreementsOf(dataset, point).filter(
    (item) => !statedAbove.includes(item.id),
  );
  const self = point.selfMassage.inSelfMassageSentence;
  return (
    <article
      className="handout-card"
      data-point={point.number}
      aria-labelledby={`card-${point.number}`}
    >
      <HandoutPicture point={point} />
      <div className="handout-card__text">
        <h2 id={`card-${point.number}`}>
          <span className="handout-card__number" data-self={self}>
            {point.number}
          </span>
          {point.name}
        </h2>
        <p className="handout-card__meta">
          {REGION_LABELS[point.region]} ·{' '}
          {point.symmetry === 'pair' ? 'left and right pair' : 'single point on the midline'}
          {self && ' · named for self-massage'}
        </p>
        <p className="handout-card__where">{point.location.description}</p>
        <p className="handout-card__rule">
          <strong>Landmark and offsets:</strong> {start}
          {steps
            .map((step) => `, then ${step.text}${step.assumed ? ' (our reading)' : ''}`)
            .join('')}
          .
        </p>
        <dl className="handout-card__facts">
          <div>
            <dt>Posture</dt>
            <dd>
              {POSTURE_LABELS[point.posture.stated]}
              {point.posture.note !== undefined && ` (${point.posture.note})`}
            </dd>
          </div>
          <div>
            <dt>{point.symmetry === 'pair' ? 'Working the pair' : 'Pair'}</dt>
            <dd>
              {PAIR_TECHNIQUE_LABELS[point.pairTechnique.stated]}
              {point.pairTechnique.note !== undefined && ` (${point.pairTechnique.note})`}
            </dd>
          </div>
        </dl>
        {point.cautions.map((caution) => (
          <p key={caution.text} className="handout-card__caution">
            <strong>Caution:</strong> {caution.text}
          </p>
        ))}
        {point.durations.map((duration) => (
          <p key={duration.note}>
            <strong>Time:</strong> {duration.note}
          </p>
        ))}
      </div>
      {/* Full width under the picture: the longest part of a card takes the least height. */}
      <div className="handout-card__more">
        <HandoutDisagreements heading="Where the sources disagree" items={disagreements} />
        <p className="handout-card__citation">Source: {formatCitation(point.location.citation)}</p>
      </div>
    </article>
  );
}
