import { CameraControls, CameraControlsImpl } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import { useCallback, useEffect, useRef } from 'react';
import type { PoseName } from '../../../models/poses';
import { useAtlasStore } from '../../state/atlas-store';
import { pointByNumber } from '../../data/dataset';
import { useDatasetSummary } from '../../state/dataset-context';
import { markerKey } from '../body/posed-skin';
import { useSceneStore } from '../scene-store';
import { viewBearings } from './view-bearings';
import {
  bodyFraming,
  CLOSE_UP_LIMIT_M,
  DEFAULT_POSE,
  markerFacing,
  poseForMarker,
} from './camera-framing';
import { attachCameraControls, cameraMoves, setBodyFraming } from './camera-moves';
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
  /** The pose the camera last framed the body in. */
  const framedPose = useRef<PoseName>('standing');
  /**
   * Whether the view opens on a point: one chosen before it appeared (a link, or a selection
   * carried into another mode) is jumped to, not flown to from a whole body seen for a moment.
   * A choice made once the view is up always flies.
   */
  const opening = useRef(useAtlasStore.getState().point !== null);
  const camera = useThree((state) => state.camera);
  const getThree = useThree((state) => state.get);
  const dataset = useDatasetSummary();
  const invalidate = useThree((state) => state.invalidate);
  const selected = useSelectedAfterPaint();
  const markers = useSceneStore((state) => state.markers);
  const pose = useSceneStore((state) => state.pose);
  const bounds = useSceneStore((state) => state.bounds);

  useEffect(() => {
    const own = controls.current;
    if (own === null) return;
    // At rest on a point, the view says in words which part of the body it shows.
    const wordTheView = () => {
      const { markers: placed, toRest, actions } = useSceneStore.getState();
      const chosen = useAtlasStore.getState().point;
      const point = chosen === null ? undefined : pointByNumber(dataset, chosen);
      const from = getThree().camera.position;
      const marker = markerFacing(
        placed.filter((m) => m.point === chosen),
        from,
      );
      if (point === undefined || marker === undefined) return actions.setBearings(null);
      const at = own.getTarget(new Vector3());
      // A whole-body view needs no words; a close-up does.
      if (from.distanceTo(at) > CLOSE_UP_LIMIT_M) return actions.setBearings(null);
      actions.setBearings(
        viewBearings(marker, point.region, from, at, toRest?.get(markerKey(marker))),
      );
    };
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
    own.addEventListener('sleep', wordTheView);
    const unsubscribe = useAtlasStore.subscribe((state, previous) => {
      if (state.point === previous.point) return;
      opening.current = false;
      tracker.chose(state.point);
    });
    const unsubscribeScene = useSceneStore.subscribe((state, previous) => {
      if (state.posing && !previous.posing) tracker.posing();
      if (!state.posing && previous.posing) tracker.settled(state.pose !== framedPose.current);
    });
    const detach = attachCameraControls(own, invalidate, tracker.moving);
    // The first view is set at once: the canvas opens on the whole body, with no swoop. It is
    // applied here, before the first frame: applied inside that frame, it would ask for another.
    tracker.moving();
    void own.setLookAt(...DEFAULT_POSE.position, ...DEFAULT_POSE.target, false);
    own.update(0);
    return () => {
      detach();
      unsubscribe();
      unsubscribeScene();
      own.removeEventListener('wake', tracker.moving);
      own.removeEventListener('sleep', rested);
      own.removeEventListener('sleep', wordTheView);
    };
  }, [getThree, invalidate, dataset]);

  // A body settled in another pose is framed whole, unless a point asks for its own view.
  useEffect(() => {
    const framing = bodyFraming(pose, bounds);
    setBodyFraming(framing);
    if (framedPose.current === pose) return;
    framedPose.current = pose;
    if (useAtlasStore.getState().point === null) cameraMoves.to(framing.home);
  }, [pose, bounds]);

  const frameChosen = useCallback(() => {
    // Markers rendered while the body leaves for another pose are the old pose's (a view opened in
    // another mode's posture): the new ones come once it has settled.
    if (selected === null || markers.length === 0 || useSceneStore.getState().posing) return;
    const jump = opening.current;
    opening.current = false;
    const point = pointByNumber(dataset, selected);
    const marker = markerFacing(
      markers.filter((m) => m.point === selected),
      camera.position,
    );
    status.current?.framing(selected);
    if (point !== undefined && marker !== undefined)
      cameraMoves.to(poseForMarker(marker, point.region), { instant: jump });
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
