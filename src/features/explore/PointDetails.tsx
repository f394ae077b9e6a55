import { formatCitation } from '../../data/describe-rule';
import { PAIR_TECHNIQUE_LABELS, POSTURE_LABELS, REGION_LABELS } from '../../data/labels';
import { useSelectedPoint } from '../../state/selectors';
import { useAtlasActions } from '../../state/atlas-store';
import { PointBadges } from '../../ui/point-facts/PointBadges';
import { Cautions } from '../../ui/point-facts/Cautions';
import { Disagreements } from '../../ui/point-facts/Disagreements';
import { PlacementRule } from '../../ui/point-facts/PlacementRule';
import { SelfMassageInfo } from '../../ui/point-facts/SelfMassageInfo';
import { StandardPointNote } from '../../ui/point-facts/StandardPointNote';
import { Welcome } from './Welcome';

/** Everything the dataset knows about the selected point, with its sources. */
export function PointDetails() {
  const point = useSelectedPoint();
  const { selectPoint } = useAtlasActions();
  if (point === undefined) return <Welcome />;
  return (
    <article
      className="point-details"
      aria-labelledby="point-details-title"
      data-testid="point-details"
    >
      <header className="point-details__header">
        <span
          className="point-number point-number--large"
          data-self={point.selfMassage.inSelfMassageSentence}
        >
          {point.number}
        </span>
        <div>
          <p className="eyebrow">
            Point {point.number} · {REGION_LABELS[point.region]}
          </p>
          <h2 id="point-details-title">{point.name}</h2>
          <PointBadges point={point} />
        </div>
        <button
          type="button"
          className="button button--quiet point-details__close"
          onClick={() => {
            selectPoint(null);
            returnFocusFrom(point.number);
          }}
          aria-label="Close the details"
        >
          ×
        </button>
      </header>

      <Cautions point={point} />

      <section>
        <h3>Where</h3>
        <p className="lead">{point.location.description}</p>
        <PlacementRule point={point} />
      </section>

      <dl className="facts">
        <div>
          <dt>Posture</dt>
          <dd>
            {POSTURE_LABELS[point.posture.stated]}
            {point.posture.note !== undefined && <span className="note">{point.posture.note}</span>}
          </dd>
        </div>
        <div>
          <dt>{point.symmetry === 'pair' ? 'Working the pair' : 'Pair'}</dt>
          <dd>
            {PAIR_TECHNIQUE_LABELS[point.pairTechnique.stated]}
            {point.pairTechnique.note !== undefined && (
              <span className="note">{point.pairTechnique.note}</span>
            )}
          </dd>
        </div>
      </dl>

      <SelfMassageInfo point={point} />
      <Disagreements point={point} />
      <StandardPointNote point={point} />

      <footer className="point-details__source">
        <h3>Source</h3>
        <p className="citation">{formatCitation(point.location.citation)}</p>
      </footer>
    </article>
  );
}

/**
 * This button disappears with the details, which would drop focus to the top of the page; a
 * keyboard user goes on from the point's row in the list (or the panel, if filtered out).
 */
function returnFocusFrom(point: number) {
  const row = document.querySelector<HTMLElement>(
    `[data-testid="point-list"] [data-point="${point}"] button`,
  );
  (row ?? document.querySelector<HTMLElement>('.details'))?.focus();
}
