import { useGLTF } from '@react-three/drei';
import { BODY_URL } from './body-files';

/**
 * The generated body, loaded once per page through drei's cache: the live view and the handout's
 * pictures share one download and one decode. Draco is off (drei would fetch its decoder from a
 * CDN); meshopt is on (its decoder is bundled with three.js).
 */
export function useBodyAsset() {
  return useGLTF(BODY_URL, false, true);
}

/** Starts the download as soon as the 3D code is evaluated, before any component asks. */
export function preloadBodyAsset() {
  useGLTF.preload(BODY_URL, false, true);
}
