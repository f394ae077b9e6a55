import { pointByNumber } from '../../data/dataset';
import { DATASET } from '../../data/full-dataset';
import { useSelectedPoint } from '../../state/selectors';
import { PointViewTools } from '../../scene/picture/PointViewTools';
import { SavePictureSetButton } from '../../scene/picture/SavePictureSetButton';
import { usePresentationSteps } from './use-presentation-steps';
import { PointFacts } from '../../ui/point-facts/PointFacts';

/** One point, large enough to read from the back of a classroom. */
export function PresentationCaption() {
  const selected = useSelectedPoint();
  const { points } = usePresentationSteps();
  const point = selected === undefined ? undefined : pointByNumber(DATASET, selected.number);
  return (
    <div className="caption" data-testid="presentation-caption" aria-live="polite">
      {point === undefined ? (
        <p className="caption__prompt">Press → or PageDown to show the first point.</p>
      ) : (
        <PointFacts
          point={point}
          density="caption"
          viewTools={
            <PointViewTools point={point}>
              <SavePictureSetButton points={points} />
            </PointViewTools>
          }
        />
      )}
    </div>
  );
}
