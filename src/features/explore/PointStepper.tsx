import { useVisiblePoints } from '../../state/selectors';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';

/**
 * Previous and next among the points the filters keep, and the way back to the list: on a phone
 * the details take the list's place, so these are how a person walks through the points.
 */
export function PointStepper() {
  const visible = useVisiblePoints();
  const selected = useAtlasStore((state) => state.point);
  const { selectPoint } = useAtlasActions();
  const at = visible.findIndex((point) => point.number === selected);
  // A point the filters drop (opened by a link) steps into the filtered set from its start.
  const step = (by: number) => {
    if (visible.length === 0) return;
    const from = at === -1 ? (by > 0 ? -1 : 0) : at;
    const next = visible[(from + by + visible.length) % visible.length];
    if (next !== undefined) selectPoint(next.number);
  };
  const previous = visible[(at - 1 + visible.length) % visible.length];
  const following = visible[(at + 1) % visible.length];
  return (
    <nav className="point-stepper" aria-label="Step through the points">
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          selectPoint(null);
        }}
      >
        All points
      </button>
      <span className="point-stepper__steps">
        <button
          type="button"
          className="button button--quiet"
          disabled={visible.length === 0}
          onClick={() => step(-1)}
          aria-label={
            previous === undefined ? 'Previous point' : `Previous: point ${previous.number}`
          }
        >
          ‹ Prev
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={visible.length === 0}
          onClick={() => step(1)}
          aria-label={following === undefined ? 'Next point' : `Next: point ${following.number}`}
        >
          Next ›
        </button>
      </span>
    </nav>
  );
}
