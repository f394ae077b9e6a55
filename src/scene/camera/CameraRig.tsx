import { CameraControls, CameraControlsImpl } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useCallback, useEffect, useRef } from 'react';
import { useAtlasStore } from '../../state/atlas-store';
import { pointByNumber } from '../../data/dataset';
import { useDataset } from '../../state/dataset-context';
import { useSceneStore } from '../scene-store';
import { DEFAULT_POSE, markerFacing, poseForMarker } from './camera-framing';
import { attachCameraControls, cameraMoves } from './camera-moves';
import { cameraStatusOn, type CameraStatus } from './camera-status';
import { onDoubleTap } from './double-tap';
import { useSelectedAfterPaint } from './selection-after-paint';

const MIN_DISTANCE_M = 0.15;
const MAX_DISTANCE_M = 7;
/** Seconds the camera takes to settle on a new view. */
const SMOOTH_TIME_S = 0.35;
/**
 * Touch as the platforms do it: one finger turns the body, a pinch zooms (toward the fingers),
 * two fingers drag it aside, three pan too. Written out, not left to the library's defaults.
 */
const TOUCHES = {
  one: CameraControlsImpl.ACTION.TOUCH_ROTATE,
  two: CameraControlsImpl.ACTION.TOUCH_DOLLY_TRUCK,
  three: CameraControlsImpl.ACTION.TOUCH_TRUCK,
};

/**
 * Orbit, zoom and pan by mouse and touch (drei's CameraControls), plus the moves the rest of
 * the app asks for through `cameraMoves`: frame the selected point, the toolbar's buttons.
 * The canvas carries `data-camera="moving|still"`, so tests and tools wait on the camera, not on
 * a clock.
 */
export function CameraRig() {
  const controls = useRef<CameraControlsImpl>(null);
  const status = useRef<CameraStatus | null>(null);
  const camera = useThree((state) => state.camera);
  const getThree = useThree((state) => state.get);
  const invalidate = useThree((state) => state.invalidate);
  const dataset = useDataset();
  const selected = useSelectedAfterPaint();
  const markers = useSceneStore((state) => state.markers);

  useEffect(() => {
    const own = controls.current;
    if (own === null) return;
    const tracker = cameraStatusOn(getThree().gl.domElement, useAtlasStore.getState().point);
    status.current = tracker;
    const canvas = getThree().gl.domElement;
    // The distance at rest, on the canvas beside data-camera: tests read a pinch's effect there.
    const rested = () => {
      canvas.dataset.cameraDistance = own.distance.toFixed(3);
      tracker.rested();
    };
    own.addEventListener('wake', tracker.moving);
    own.addEventListener('sleep', rested);
    const unsubscribe = useAtlasStore.subscribe((state, previous) => {
      if (state.point !== previous.point) tracker.chose(state.point);
    });
    const detach = attachCameraControls(own, invalidate, tracker.moving);
    // The first view is set at once: the canvas opens on the whole body, with no swoop.
    tracker.moving();
    void own.setLookAt(...DEFAULT_POSE.position, ...DEFAULT_POSE.target, false);
    return () => {
      detach();
      unsubscribe();
      own.removeEventListener('wake', tracker.moving);
      own.removeEventListener('sleep', rested);
    };
  }, [getThree, invalidate]);

  const frameChosen = useCallback(() => {
    if (selected === null || markers.length === 0) return;
    const point = pointByNumber(dataset, selected);
    const marker = markerFacing(
      markers.filter((m) => m.point === selected),
      camera.position,
    );
    status.current?.framing(selected);
    if (point !== undefined && marker !== undefined)
      cameraMoves.to(poseForMarker(marker, point.region));
  }, [selected, markers, dataset, camera]);

  useEffect(frameChosen, [frameChosen]);
  // Double-tap (or double-click) the body to fly back to the chosen point after wandering off.
  useEffect(() => onDoubleTap(getThree().gl.domElement, frameChosen), [getThree, frameChosen]);

  return (
    <CameraControls
      ref={controls}
      makeDefault
      minDistance={MIN_DISTANCE_M}
      maxDistance={MAX_DISTANCE_M}
      smoothTime={SMOOTH_TIME_S}
      touches={TOUCHES}
      // The wheel and a pinch zoom toward what is under the pointer, not toward the pelvis.
      dollyToCursor
      onStart={() => useSceneStore.getState().actions.hover(null)}
    />
  );
}
