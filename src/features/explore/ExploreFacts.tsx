import { pointByNumber } from '../../data/dataset';
import { DATASET } from '../../data/full-dataset';
import { PointViewTools } from '../../scene/picture/PointViewTools';
import { PointFacts } from '../../ui/point-facts/PointFacts';

/**
 * A point's facts in the details pane, with the button that closes them. Its own chunk with the
 * dataset's details: the first screen shows names and tags, and this loads after it has painted.
 */
export default function ExploreFacts({ number, onClose }: { number: number; onClose: () => void }) {
  const point = pointByNumber(DATASET, number);
  if (point === undefined) return null;
  return (
    <PointFacts
      point={point}
      density="details"
      viewTools={<PointViewTools point={point} />}
      action={
        <button
          type="button"
          className="button button--quiet point-details__close"
          onClick={onClose}
          aria-label="Close the details"
        >
          ×
        </button>
      }
    />
  );
}
