import './explore.css';
import { useDatasetSummary } from '../../state/dataset-context';
import { useVisiblePoints } from '../../state/selectors';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';
import { PointBadges } from '../../ui/point-facts/PointBadges';

/** The points as a real ordered list; the list is the way in that never needs 3D. */
export function PointList() {
  const { points } = useDatasetSummary();
  const visible = useVisiblePoints();
  const selected = useAtlasStore((state) => state.point);
  const { selectPoint, clearFilters } = useAtlasActions();
  return (
    <section className="point-list" aria-labelledby="point-list-title">
      <div className="point-list__header">
        <h2 id="point-list-title">Points</h2>
        <p className="point-list__count" role="status" data-testid="result-count">
          {visible.length === points.length
            ? `All ${points.length} points`
            : `${visible.length} of ${points.length} points`}
        </p>
      </div>
      {visible.length === 0 ? (
        <p className="point-list__empty">
          No point matches these filters.{' '}
          <button type="button" className="button button--link" onClick={clearFilters}>
            Clear filters
          </button>
        </p>
      ) : (
        <ol className="point-list__items" data-testid="point-list">
          {visible.map((point) => (
            <li key={point.id} data-point={point.number}>
              <button
                type="button"
                className="point-list__item"
                aria-current={point.number === selected ? 'true' : undefined}
                onClick={() => selectPoint(point.number)}
              >
                <span className="point-number" data-self={point.selfMassage.inSelfMassageSentence}>
                  {point.number}
                </span>
                <span className="point-list__name" elementtiming="first-screen-list">
                  {point.name}
                </span>
                <PointBadges point={point} compact />
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
