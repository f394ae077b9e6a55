import { loadedLater } from '../../lib/loaded-later';

/** The details pane's facts and the dataset's details (ExploreFacts.tsx), loaded after the first paint. */
export const exploreFacts = loadedLater(() => import('./ExploreFacts').then((m) => m.default));
