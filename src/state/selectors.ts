import { useMemo } from 'react';
import { filterPoints } from '../data/filters';
import { pointByNumber } from '../data/dataset';
import { useDataset } from './dataset-context';
import { useAtlasStore } from './atlas-store';

export function useVisiblePoints() {
  const dataset = useDataset();
  const filters = useAtlasStore((state) => state.filters);
  return useMemo(() => filterPoints(dataset.points, filters), [dataset, filters]);
}

export function useSelectedPoint() {
  const dataset = useDataset();
  const number = useAtlasStore((state) => state.point);
  return number === null ? undefined : pointByNumber(dataset, number);
}
