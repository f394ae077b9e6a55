import { createContext, useContext } from 'react';
import type { Dataset } from '../../points/schema';

/** The validated dataset; provided once at the root, never changes while the app runs. */
export const DatasetContext = createContext<Dataset | null>(null);

export function useDataset(): Dataset {
  const dataset = useContext(DatasetContext);
  if (dataset === null)
    throw new Error('useDataset must be used inside <DatasetContext value={…}>');
  return dataset;
}
