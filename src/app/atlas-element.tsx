import { StrictMode } from 'react';
import { App } from './App';
import { DATASET_SUMMARY } from '../data/dataset';

/**
 * The whole atlas as one element: the browser renders it, and the build renders it once ahead
 * of time into index.html (src/prerender). Both must use this same tree for hydration to match.
 */
export function atlasElement() {
  return (
    <StrictMode>
      <App dataset={DATASET_SUMMARY} />
    </StrictMode>
  );
}
