import { createContext, useContext } from 'react';
import type { DatasetSummary } from '../../points/dataset-parts';

/**
 * The first screen's part of the dataset; provided once at the root, never changes while the app
 * runs. The whole dataset, details included, is `DATASET` in src/data/full-dataset.ts, for what
 * loads after the first screen.
 */
export const DatasetContext = createContext<DatasetSummary | null>(null);

export function useDatasetSummary(): DatasetSummary {
  const dataset = useContext(DatasetContext);
  if (dataset === null)
    throw new Error('useDatasetSummary must be used inside <DatasetContext value={…}>');
  return dataset;
}
