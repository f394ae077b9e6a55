import { useSelectedPoint } from '../../state/selectors';
import { PointFacts } from '../../ui/point-facts/PointFacts';

/** One point, large enough to read from the back of a classroom. */
export function PresentationCaption() {
  const point = useSelectedPoint();
  return (
    <div className="caption" data-testid="presentation-caption" aria-live="polite">
      {point === undefined ? (
        <p className="caption__prompt">Press → or PageDown to show the first point.</p>
      ) : (
        <PointFacts point={point} density="caption" />
      )}
    </div>
  );
}
