import { useMemo } from 'react';
import type { PoseName } from '../../models/poses';
import { filterPoints } from '../data/filters';
import { shownPose } from '../data/point-pose';
import { pointByNumber } from '../data/dataset';
import { useDatasetSummary } from './dataset-context';
import { useAtlasStore } from './atlas-store';

export function useVisiblePoints() {
  const dataset = useDatasetSummary();
  const filters = useAtlasStore((state) => state.filters);
  return useMemo(() => filterPoints(dataset.points, filters), [dataset, filters]);
}

export function useSelectedPoint() {
  const dataset = useDatasetSummary();
  const number = useAtlasStore((state) => state.point);
  return number === null ? undefined : pointByNumber(dataset, number);
}

/** The pose the 3D view shows now (a quiz keeps the figure standing: a posture is a hint). */
export function useShownPose(): PoseName {
  const point = useSelectedPoint();
  const showPosture = useAtlasStore(
    (state) => state.showPosture && state.mode !== 'quiz' && !state.standingHeld,
  );
  const filters = useAtlasStore((state) => state.filters);
  return shownPose(showPosture, point?.posture.stated, filters);
}
