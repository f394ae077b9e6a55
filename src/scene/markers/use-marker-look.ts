import { useThree } from '@react-three/fiber';
import { useMemo } from 'react';
import { readMarkerLook, type MarkerLook } from './marker-look';

/**
 * The marker tokens in effect around the canvas. The one mode that changes them (Present) lays
 * the page out anew and so mounts a new canvas, which reads them again.
 */
export function useMarkerLook(): MarkerLook {
  const canvas = useThree((state) => state.gl.domElement);
  return useMemo(() => readMarkerLook(canvas), [canvas]);
}
