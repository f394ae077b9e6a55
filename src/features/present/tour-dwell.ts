/** How long the tour rests on each point: time to read the caption aloud. */
export const TOUR_DWELL_MS = 9000;
