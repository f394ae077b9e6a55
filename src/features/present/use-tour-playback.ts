import { useEffect } from 'react';
import { useAtlasStore } from '../../state/atlas-store';
import { usePresentActions, usePresentStore } from './present-store';
import { TOUR_DWELL_MS } from './tour-dwell';
import { usePresentationSteps } from './use-presentation-steps';

/** While the tour plays, moves on to the next point after each pause; stops after the last. */
export function useTourPlayback() {
  const playing = usePresentStore((state) => state.tourPlaying);
  const { pauseTour } = usePresentActions();
  const selected = useAtlasStore((state) => state.point);
  const steps = usePresentationSteps();
  const { index, isLast, next, first } = steps;

  useEffect(() => {
    if (!playing) return;
    if (index < 0) {
      first();
      return;
    }
    if (isLast) {
      const stop = window.setTimeout(() => pauseTour(), TOUR_DWELL_MS);
      return () => window.clearTimeout(stop);
    }
    const timer = window.setTimeout(next, TOUR_DWELL_MS);
    return () => window.clearTimeout(timer);
  }, [playing, selected, index, isLast, next, first, pauseTour]);
}
