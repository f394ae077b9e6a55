import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';

/**
 * three.js rebuilds its GPU state when a lost WebGL context comes back, but with frameloop
 * "demand" nothing asks for a frame, so the canvas stayed blank. Ask for one.
 */
export function RedrawOnContextRestore() {
  const canvas = useThree((state) => state.gl.domElement);
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    const redraw = () => invalidate();
    canvas.addEventListener('webglcontextrestored', redraw);
    return () => canvas.removeEventListener('webglcontextrestored', redraw);
  }, [canvas, invalidate]);
  return null;
}
