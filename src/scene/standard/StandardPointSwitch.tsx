import { useMemo } from 'react';
import type { Point } from '../../../points/schema';
import { standardComparisonWords } from '../../data/standard-words';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';
import { useSceneStore } from '../scene-store';

/**
 * Switches the ring of the standard point on the body, and says which standard point it is,
 * how sure the match is and how far it lies from the article's reading. Offered with every point
 * that names a standard point, in the details and on the projector alike.
 */
export function StandardPointSwitch({ point }: { point: Point }) {
  const compare = useAtlasStore((state) => state.compareStandard);
  const side = useAtlasStore((state) => state.side);
  const { setCompareStandard } = useAtlasActions();
  const standardPoints = useSceneStore((state) => state.standardPoints);
  const placed = useMemo(() => {
    const own = standardPoints.filter((spot) => spot.point === point.number);
    return own.find((spot) => spot.side === side) ?? own[0];
  }, [standardPoints, point.number, side]);
  const standard = point.standardPoint;
  if (standard === undefined) return null;
  return (
    <p className="bones-switch standard-switch">
      <button
        type="button"
        className="switch-button"
        aria-pressed={compare}
        onClick={() => setCompareStandard(!compare)}
      >
        Compare with the standard point
      </button>
      <span className="bones-switch__note" data-testid="standard-comparison">
        {standardComparisonWords(standard, placed)}
      </span>
    </p>
  );
}
