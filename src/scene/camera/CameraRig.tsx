import { CameraControls, type CameraControlsImpl } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { MathUtils } from 'three';
import { pointByNumber } from '../../data/dataset';
import { useDataset } from '../../state/dataset-context';
import {
  DEFAULT_POSE,
  markerFacing,
  poseForMarker,
  sideViewPose,
  type CameraPose,
} from './camera-framing';
import { prefersReducedMotion } from '../../lib/reduced-motion';
import { useSceneStore, type CameraCommand } from '../scene-store';
import { useSelectedAfterPaint } from './selection-after-paint';

const MIN_DISTANCE_M = 0.15;
const MAX_DISTANCE_M = 7;

/**
 * Orbit, zoom and pan by mouse and touch (drei's CameraControls), plus the moves the rest of
 * the app asks for: frame the selected point, and the toolbar's commands.
 */
export function CameraRig() {
  const controls = useRef<CameraControlsImpl>(null);
  const camera = useThree((state) => state.camera);
  // An instant move (reduced motion) starts no transition, so it asks for no frame by itself.
  const invalidate = useThree((state) => state.invalidate);
  const dataset = useDataset();
  const selected = useSelectedAfterPaint();
  const markers = useSceneStore((state) => state.markers);
  const command = useSceneStore((state) => state.command);

  useEffect(() => {
    const pose = DEFAULT_POSE;
    void controls.current?.setLookAt(...pose.position, ...pose.target, false);
  }, []);

  useEffect(() => {
    if (selected === null || markers.length === 0) return;
    const point = pointByNumber(dataset, selected);
    const marker = markerFacing(
      markers.filter((m) => m.point === selected),
      camera.position,
    );
    if (point === undefined || marker === undefined) return;
    moveTo(controls.current, poseForMarker(marker, point.region));
    invalidate();
  }, [selected, markers, dataset, camera, invalidate]);

  useEffect(() => {
    if (command === null) return;
    run(controls.current, command.value);
    invalidate();
  }, [command, invalidate]);

  return (
    <CameraControls
      ref={controls}
      makeDefault
      minDistance={MIN_DISTANCE_M}
      maxDistance={MAX_DISTANCE_M}
      smoothTime={0.35}
      onStart={() => useSceneStore.getState().setHovered(null)}
    />
  );
}

function moveTo(controls: CameraControlsImpl | null, pose: CameraPose) {
  void controls?.setLookAt(...pose.position, ...pose.target, !prefersReducedMotion());
}

function run(controls: CameraControlsImpl | null, command: CameraCommand) {
  if (controls === null) return;
  const animate = !prefersReducedMotion();
  switch (command.kind) {
    case 'reset':
      return moveTo(controls, DEFAULT_POSE);
    case 'view':
      return moveTo(controls, sideViewPose(command.view));
    case 'rotate':
      return void controls.rotate(command.degrees * MathUtils.DEG2RAD, 0, animate);
    case 'tilt':
      return void controls.rotate(0, command.degrees * MathUtils.DEG2RAD, animate);
    case 'zoom':
      return void controls.dolly(controls.distance * (1 - 1 / command.factor), animate);
  }
}
