import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useSceneActions } from '../scene-store';

/** A saved picture is twice the view's size on screen: sharp on a slide or a projector. */
export const PICTURE_SCALE = 2;

/**
 * Lets "Save picture" take the view: it is drawn once at twice its size and copied in the same
 * task, before the browser shows or clears that frame, then drawn again as it was.
 */
export function PictureSource() {
  const get = useThree((state) => state.get);
  const { attachSnapshotSource } = useSceneActions();
  useEffect(
    () =>
      attachSnapshotSource(() => {
        const { gl, scene, camera, invalidate } = get();
        const ratio = gl.getPixelRatio();
        // A 4K projector at twice its size would pass what WebGL can draw at once: the scale
        // gives way so the whole view fits.
        const cssWidth = gl.domElement.clientWidth;
        const cssHeight = gl.domElement.clientHeight;
        const largest = gl.capabilities.maxTextureSize;
        const scale = Math.min(PICTURE_SCALE, largest / Math.max(cssWidth, cssHeight, 1));
        gl.setPixelRatio(scale);
        gl.render(scene, camera);
        const image = document.createElement('canvas');
        image.width = gl.domElement.width;
        image.height = gl.domElement.height;
        image.getContext('2d')?.drawImage(gl.domElement, 0, 0);
        gl.setPixelRatio(ratio);
        invalidate();
        return {
          image,
          scale: image.width / Math.max(cssWidth, 1),
          rect: gl.domElement.getBoundingClientRect(),
          canvas: gl.domElement,
        };
      }),
    [get, attachSnapshotSource],
  );
  return null;
}
