import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { DoubleSide, Raycaster, Vector2 } from 'three';
import { indexedSkin } from '../scene-store';

/** A press that moves further than this is turning the body, not answering. */
const MAX_TAP_TRAVEL_PX = 6;

export type SkinPoint = [number, number, number];

/**
 * Calls `onTap` with the skin point under a tap or click on the body (world metres), while
 * `listening`. A press that drags is turning the body and is ignored.
 */
export function useBodyTaps(listening: boolean, onTap: (point: SkinPoint) => void) {
  const gl = useThree((state) => state.gl);
  const camera = useThree((state) => state.camera);
  const latest = useRef(onTap);
  useEffect(() => {
    latest.current = onTap;
  }, [onTap]);

  useEffect(() => {
    if (!listening) return;
    const canvas = gl.domElement;
    const raycaster = new Raycaster();
    let pressedAt: { x: number; y: number } | null = null;
    const onDown = (event: PointerEvent) => {
      pressedAt = { x: event.clientX, y: event.clientY };
    };
    const onUp = (event: PointerEvent) => {
      const start = pressedAt;
      pressedAt = null;
      if (start === null) return;
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > MAX_TAP_TRAVEL_PX) return;
      const box = canvas.getBoundingClientRect();
      const pointer = new Vector2(
        ((event.clientX - box.left) / box.width) * 2 - 1,
        -((event.clientY - box.top) / box.height) * 2 + 1,
      );
      raycaster.setFromCamera(pointer, camera);
      const ray = raycaster.ray.clone();
      // A tap in the moment before the skin's index is made is answered once it is.
      void indexedSkin().then((skin) => {
        const hit = skin.raycastFirst(ray, DoubleSide);
        if (hit !== null) latest.current(hit.point.toArray());
      });
    };
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointerup', onUp);
    return () => {
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointerup', onUp);
    };
  }, [gl, camera, listening]);
}
