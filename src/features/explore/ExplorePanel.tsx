import { useEffect } from 'react';
import { useAtlasStore } from '../../state/atlas-store';
import { useSheetStore } from '../../ui/layout/sheet-store';
import { FilterPanel } from './FilterPanel';
import { PointDetails } from './PointDetails';
import { PointList } from './PointList';
import { PointStepper } from './PointStepper';

/**
 * Explore in one panel (the phone's sheet, the small tablet's side pane): the filters and the
 * list, or, once a point is chosen, its details with the steps to the next and previous point.
 */
export function ExplorePanel() {
  const selected = useAtlasStore((state) => state.point);
  const { atLeastHalf } = useSheetStore((state) => state.actions);
  // A chosen point opens the sheet far enough to read how to find it, with the body above.
  useEffect(() => {
    if (selected !== null) atLeastHalf();
  }, [selected, atLeastHalf]);
  if (selected === null)
    return (
      <>
        <FilterPanel />
        <PointList />
      </>
    );
  return (
    <>
      <PointStepper />
      <PointDetails />
    </>
  );
}
