import { useSelectedPoint } from '../../state/selectors';
import { useAtlasActions } from '../../state/atlas-store';
import { PointFacts } from '../../ui/point-facts/PointFacts';
import { Welcome } from './Welcome';

/** Everything the dataset knows about the selected point, with its sources. */
export function PointDetails() {
  const point = useSelectedPoint();
  const { selectPoint } = useAtlasActions();
  if (point === undefined) return <Welcome />;
  return (
    <div className="point-details" data-testid="point-details">
      <PointFacts
        point={point}
        density="details"
        action={
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
        }
      />
    </div>
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
