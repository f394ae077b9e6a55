import { useSelectedPoint } from '../../state/selectors';
import { useAtlasActions } from '../../state/atlas-store';
import { exploreFacts } from './explore-facts';
import { Welcome } from './Welcome';

/** Everything the dataset knows about the selected point, with its sources. */
export function PointDetails() {
  const point = useSelectedPoint();
  const { selectPoint } = useAtlasActions();
  const facts = exploreFacts.useLoaded();
  if (point === undefined) return <Welcome />;
  const Facts = facts.value;
  return (
    <div className="point-details" data-testid="point-details">
      {Facts !== null ? (
        <Facts
          number={point.number}
          onClose={() => {
            selectPoint(null);
            returnFocusFrom(point.number);
          }}
        />
      ) : (
        // Rare: the facts load after the first paint, before anyone can choose a point.
        <>
          <p className="point-details__waiting" role={facts.failed ? 'alert' : 'status'}>
            <span className="eyebrow">Point {point.number}</span> {point.name}:{' '}
            {facts.failed ? 'the details could not be loaded.' : 'loading the details…'}
          </p>
          {facts.failed && (
            // A module that failed to load stays failed for the page: trying again reloads it.
            <button
              type="button"
              className="button button--quiet"
              onClick={() => window.location.reload()}
            >
              Try again
            </button>
          )}
        </>
      )}
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
