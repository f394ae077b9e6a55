import { CameraControls, type CameraControlsImpl } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { pointByNumber } from '../../data/dataset';
import { useDataset } from '../../state/dataset-context';
import { useSceneStore } from '../scene-store';
import { DEFAULT_POSE, markerFacing, poseForMarker } from './camera-framing';
import { attachCameraControls, cameraMoves } from './camera-moves';
import { useSelectedAfterPaint } from './selection-after-paint';

const MIN_DISTANCE_M = 0.15;
const MAX_DISTANCE_M = 7;
/** Seconds the camera takes to settle on a new view. */
const SMOOTH_TIME_S = 0.35;

/**
 * Orbit, zoom and pan by mouse and touch (drei's CameraControls), plus the moves the rest of
 * the app asks for through `cameraMoves`: frame the selected point, the toolbar's buttons.
 * The canvas carries `data-camera="moving|still"`, so tests and tools wait on the camera, not on
 * a clock.
 */
export function CameraRig() {
  const controls = useRef<CameraControlsImpl>(null);
  const camera = useThree((state) => state.camera);
  const getThree = useThree((state) => state.get);
  const invalidate = useThree((state) => state.invalidate);
  const dataset = useDataset();
  const selected = useSelectedAfterPaint();
  const markers = useSceneStore((state) => state.markers);

  useEffect(() => {
    const own = controls.current;
    if (own === null) return;
    const canvas = getThree().gl.domElement;
    void own.setLookAt(...DEFAULT_POSE.position, ...DEFAULT_POSE.target, false);
    canvas.dataset.camera = 'still';
    const moving = () => (canvas.dataset.camera = 'moving');
    const still = () => (canvas.dataset.camera = 'still');
    own.addEventListener('wake', moving);
    own.addEventListener('sleep', still);
    const detach = attachCameraControls(own, invalidate);
    return () => {
      detach();
      own.removeEventListener('wake', moving);
      own.removeEventListener('sleep', still);
    };
  }, [getThree, invalidate]);

  useEffect(() => {
    if (selected === null || markers.length === 0) return;
    const point = pointByNumber(dataset, selected);
    const marker = markerFacing(
      markers.filter((m) => m.point === selected),
      camera.position,
    );
    if (point !== undefined && marker !== undefined)
      cameraMoves.to(poseForMarker(marker, point.region));
  }, [selected, markers, dataset, camera]);

  return (
    <CameraControls
      ref={controls}
      makeDefault
      minDistance={MIN_DISTANCE_M}
      maxDistance={MAX_DISTANCE_M}
      smoothTime={SMOOTH_TIME_S}
      onStart={() => useSceneStore.getState().actions.hover(null)}
    />
  );
}
