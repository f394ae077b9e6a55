import { useFrame, useThree, type RootState } from '@react-three/fiber';
import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * Runs `place` with every frame drawn (it puts HTML over the view where the frame shows its
 * spots), and returns a way to run the latest `place` at once, with no frame drawn: for what
 * changes where HTML goes but not the picture (the skin's index, a control resized).
 */
export function useFramePlacement(place: (state: RootState) => void): () => void {
  useFrame(place);
  const latest = useRef(place);
  useLayoutEffect(() => {
    latest.current = place;
  }, [place]);
  const getThree = useThree((state) => state.get);
  return useCallback(() => latest.current(getThree()), [getThree]);
}
