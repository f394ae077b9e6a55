import { CameraControls, CameraControlsImpl } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import {
  DoubleSide,
  Raycaster,
  Vector2,
  Vector3,
  type Intersection,
  type PerspectiveCamera,
} from 'three';
import { HEAD } from '../../../models/proportions';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { PoseName } from '../../../models/poses';
import { useAtlasStore } from '../../state/atlas-store';
import { pointByNumber } from '../../data/dataset';
import { activeFilterCount, filterPoints, NO_FILTERS } from '../../data/filters';
import { useDatasetSummary } from '../../state/dataset-context';
import { prefersReducedMotion } from '../../lib/reduced-motion';
import { markerKey } from '../body/posed-skin';
import { CAMERA_DISTANCE_M } from '../framing/fit-view';
import { askingView, type AskingView } from '../framing/asking-view';
import { BODY_LANDMARKS } from '../../data/body-landmarks';
import type { MarkerSide } from '../../data/placement';
import { useStageInsetStore } from '../../state/stage-inset';
import { useSceneStore, type AlsoInView } from '../scene-store';
import { viewBearings } from './view-bearings';
import { bodyFraming, STANDING_BOUNDS } from './camera-framing';
import { cameraMoves } from './camera-moves';
import { cameraStatusOn, type CameraStatus } from './camera-status';
import { onDoubleTap, type TapSpot } from './double-tap';
import { skinCollider } from './skin-collider';
import { frameView } from '../framing/frame-view';
import { LENS } from './lens';
import { framePoint, frameSet, SET_FRAMING_LIMIT, type AlsoSpot } from './point-framing';
import { useChoiceAfterPaint } from './selection-after-paint';
import { viewAreaOf } from './view-area';
import { applyViewOffset, stepToward, type ScreenSpot } from './view-offset';

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
/** A double tap this close to the chosen point (metres on the skin) is a tap on it. */
const TAPPED_POINT_REACH_M = 0.03;
/** A double tap elsewhere on the body frames a patch of skin about a head's height across. */
const TAPPED_SPOT_ACROSS_M = HEAD;
/** A view further back than this share of the whole body's distance shows more than a close-up. */
const CLOSE_UP_SHARE = 0.6;
/** Further than this from the chosen marker, the view is not a close-up of it (whole body, a pan). */
const CLOSE_UP_REACH = 0.6;

/**
 * Orbit, zoom and pan by mouse and touch (drei's CameraControls), plus the moves the rest of
 * the app asks for through `cameraMoves`: frame the selected point, the toolbar's buttons.
 * Every framing comes from one place (point-framing.ts, camera-framing.ts): the point in sight,
 * the body upright, its surroundings in the part of the view no control covers, where the
 * picture is shifted to draw it. The canvas carries `data-camera="moving|still"`, so tests and
 * tools wait on the camera, not on a clock.
 */
export function CameraRig() {
  const controls = useRef<CameraControlsImpl>(null);
  const status = useRef<CameraStatus | null>(null);
  /** The pose the camera last framed the body in. */
  const framedPose = useRef<PoseName>('standing');
  /** Where the camera's target is drawn now, and where it is going (CSS pixels). */
  const focus = useRef<{ now: ScreenSpot | null; goal: ScreenSpot | null }>({
    now: null,
    goal: null,
  });
  /**
   * Whether the view opens on a point: one chosen before it appeared (a link, or a selection
   * carried into another mode) is jumped to, not flown to from a whole body seen for a moment.
   * A choice made once the view is up always flies.
   */
  const opening = useRef(
    useAtlasStore.getState().point !== null ||
      activeFilterCount(useAtlasStore.getState().filters) > 0,
  );
  /** Whether the camera has moved since the view opened (by the user or to frame something). */
  const moved = useRef(false);
  /** Whether the user has turned, zoomed or panned since the app last framed something. */
  const lookedAround = useRef(false);
  const camera = useThree((state) => state.camera) as PerspectiveCamera;
  const getThree = useThree((state) => state.get);
  const dataset = useDatasetSummary();
  const invalidate = useThree((state) => state.invalidate);
  const { point: selected, side } = useChoiceAfterPaint();
  const markers = useSceneStore((state) => state.markers);
  // Spots handed in for the chosen point (a class's taps at the reveal) widen its view once they
  // come; their going leaves the view where it is (the class may be looking at them).
  const alsoInView = useSceneStore((state) => state.alsoInView);
  const alsoKey = useMemo(
    () => JSON.stringify(spotsKey(alsoInView, selected)),
    [alsoInView, selected],
  );
  const pose = useSceneStore((state) => state.pose);

  const viewArea = useCallback(() => {
    const { gl, size } = getThree();
    return viewAreaOf(gl.domElement, size);
  }, [getThree]);
  const wholeBody = useCallback(
    () =>
      bodyFraming(
        useSceneStore.getState().pose,
        useSceneStore.getState().bounds ?? STANDING_BOUNDS,
        viewArea,
        LENS.fovDegrees,
      ),
    [viewArea],
  );
  const focusOn = useCallback(
    (goal: ScreenSpot, instant: boolean) => {
      focus.current.goal = goal;
      if (instant || focus.current.now === null) focus.current.now = { ...goal };
      // The move that sets a focus asks for the frame that draws it (camera-moves.ts).
      applyViewOffset(camera, getThree().size, focus.current.now);
    },
    [camera, getThree],
  );

  const frameChosen = useCallback(() => {
    // Markers rendered while the body leaves for another pose are the old pose's (a view opened in
    // another mode's posture): the new ones come once it has settled.
    const scene = useSceneStore.getState();
    if (selected === null || markers.length === 0 || scene.posing) return;
    if (scene.framing === null || scene.headward === null) return;
    const jump = opening.current;
    opening.current = false;
    const framing = framePoint(
      { markers, framing: scene.framing, headward: scene.headward },
      selected,
      side,
      viewArea(),
      LENS.fovDegrees,
      camera.position,
      spotsAlsoInView(scene.alsoInView, selected),
    );
    status.current?.framing(selected);
    if (framing === null) return;
    scene.actions.markHiddenInPose(framing.seen.length === 0 ? selected : null);
    lookedAround.current = false;
    cameraMoves.to(framing, { instant: jump });
  }, [selected, side, markers, camera, viewArea]);

  /**
   * The point last framed without being chosen, framed again when the view changes size (the
   * same side, the same asking view); any other move, the app's or the user's, forgets it.
   */
  const unchosen = useRef<{ point: number; side: MarkerSide; asking?: AskingView } | null>(null);
  // A point framed as it would be chosen, but not chosen: nothing on screen or read aloud names
  // it (a quiz's pin to name, a class asked to find it). The marker framed is returned, so a
  // pin is drawn where it is seen.
  const frameUnchosen = useCallback(
    (point: number, asking?: AskingView) => {
      const scene = useSceneStore.getState();
      if (scene.markers.length === 0 || scene.posing) return null;
      if (scene.framing === null || scene.headward === null) return null;
      const { markers: placed, framing: sight, headward } = scene;
      const body = { markers: placed, framing: sight, headward };
      const side = unchosen.current?.point === point ? unchosen.current.side : null;
      const area = viewArea();
      const framing = framePoint(body, point, side, area, LENS.fovDegrees, camera.position);
      if (framing === null) return null;
      const { marker } = framing;
      const { fingerWidthM } = BODY_LANDMARKS;
      const spot = new Vector3(...marker.position);
      lookedAround.current = false;
      cameraMoves.to(
        asking === undefined
          ? framing
          : askingView(framing, spot, area, LENS.fovDegrees, fingerWidthM, asking),
      );
      unchosen.current = { point, side: marker.side, asking };
      return marker;
    },
    [camera, viewArea],
  );

  // The latest framings, for moves asked from outside (camera-moves.ts): the rig is handed over
  // once, and must not be handed over again (jumping home) when a framing's inputs change.
  const frameChosenRef = useRef(frameChosen);
  const frameUnchosenRef = useRef(frameUnchosen);
  useLayoutEffect(() => {
    frameChosenRef.current = frameChosen;
    frameUnchosenRef.current = frameUnchosen;
  }, [frameChosen, frameUnchosen]);

  useEffect(() => {
    const own = controls.current;
    if (own === null) return;
    // At rest on a point, the view says in words which part of the body it shows: the chosen
    // point's marker nearest the camera's target (the one turned about), from where it is now.
    const wordTheView = () => {
      const { markers: placed, toRest, actions } = useSceneStore.getState();
      const chosen = useAtlasStore.getState().point;
      const point = chosen === null ? undefined : pointByNumber(dataset, chosen);
      const at = own.getTarget(new Vector3());
      const marker = placed
        .filter((m) => m.point === chosen)
        .map((m) => ({ m, away: at.distanceTo(new Vector3(...m.position)) }))
        .sort((a, b) => a.away - b.away)[0];
      const from = getThree().camera.position;
      // A whole-body view needs no words; a close-up does: near the point, and nearer than the
      // whole body is seen from.
      const home = wholeBody().home();
      const wholeDistance = new Vector3(...home.position).distanceTo(new Vector3(...home.target));
      const closeUp = own.distance < wholeDistance * CLOSE_UP_SHARE;
      if (point === undefined || marker === undefined || marker.away > CLOSE_UP_REACH || !closeUp)
        return actions.setBearings(null);
      actions.setBearings(
        viewBearings(marker.m, point.region, from, at, toRest?.get(markerKey(marker.m))),
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
    // Moved by a move the app asked for, or by the user (a drag, a pinch, the wheel).
    const moving = () => {
      moved.current = true;
      unchosen.current = null;
      tracker.moving();
    };
    const userMoving = () => {
      lookedAround.current = true;
      moving();
    };
    own.addEventListener('controlstart', userMoving);
    // The wheel sends no start, only 'control', as every gesture does while it runs.
    const lookingAround = () => (lookedAround.current = true);
    own.addEventListener('control', lookingAround);
    own.addEventListener('wake', tracker.moving);
    own.addEventListener('sleep', rested);
    own.addEventListener('sleep', wordTheView);
    const unsubscribe = useAtlasStore.subscribe((state, previous) => {
      if (state.point === previous.point) return;
      opening.current = false;
      tracker.chose(state.point);
    });
    const unsubscribeScene = useSceneStore.subscribe((state, previous) => {
      // The body's measured box arrives with the placement, before the body's first frame: the
      // opening view is fitted to it then, unless the view has been moved or a point framed.
      if (previous.bounds === null && state.bounds !== null && !moved.current) {
        const home = wholeBody().home();
        focusOn(home.focus, true);
        void own.setLookAt(...home.position, ...home.target, false);
        own.update(0);
      }
      if (state.posing && !previous.posing) {
        tracker.posing();
        // The pan boundary was the old pose's box; the next gesture sets the new one.
        own.setBoundary();
      }
      if (!state.posing && previous.posing) tracker.settled(state.pose !== framedPose.current);
    });
    const detach = useSceneStore.getState().actions.attachRig({
      controls: own,
      redraw: invalidate,
      onMove: moving,
      onUserMove: lookingAround,
      focus: focusOn,
      framing: wholeBody,
      frameChosen: () => frameChosenRef.current(),
      frameUnchosen: (point, asking) => frameUnchosenRef.current(point, asking),
      forgetUnchosen: () => (unchosen.current = null),
    });
    // The first view is set at once: the canvas opens on the whole body, with no swoop. It is
    // applied here, before the first frame: applied inside that frame, it would ask for another.
    tracker.moving();
    const home = wholeBody().home();
    focusOn(home.focus, true);
    void own.setLookAt(...home.position, ...home.target, false);
    own.update(0);
    return () => {
      detach();
      unsubscribe();
      unsubscribeScene();
      own.removeEventListener('controlstart', userMoving);
      own.removeEventListener('control', lookingAround);
      own.removeEventListener('wake', tracker.moving);
      own.removeEventListener('sleep', rested);
      own.removeEventListener('sleep', wordTheView);
    };
  }, [getThree, invalidate, dataset, focusOn, wholeBody]);

  /**
   * With no point chosen, what the filters leave: a few points are framed together (as many in
   * one view as it can show), more or none show the whole body.
   */
  const frameFiltered = useCallback(() => {
    const scene = useSceneStore.getState();
    const { point, filters, markerReveal } = useAtlasStore.getState();
    if (point !== null || scene.posing) return;
    // A class's question keeps its asking view through the filters the teacher's view brings.
    const asked = unchosen.current;
    if (asked?.asking !== undefined) return void frameUnchosen(asked.point, asked.asking);
    const kept = filterPoints(dataset.points, filters);
    const few =
      markerReveal === 'all' &&
      activeFilterCount(filters) > 0 &&
      kept.length > 0 &&
      kept.length <= SET_FRAMING_LIMIT;
    const set =
      few && scene.framing !== null && scene.headward !== null
        ? frameSet(
            { markers: scene.markers, framing: scene.framing, headward: scene.headward },
            kept,
            viewArea(),
            LENS.fovDegrees,
          )
        : null;
    lookedAround.current = false;
    if (set === null) cameraMoves.home();
    else cameraMoves.to(set, { instant: opening.current });
    opening.current = false;
  }, [dataset, viewArea, frameUnchosen]);

  // A body settled in another pose is framed anew, unless a point asks for its own view.
  useEffect(() => {
    if (framedPose.current === pose) return;
    framedPose.current = pose;
    frameFiltered();
  }, [pose, frameFiltered]);

  // Filters that leave a few points frame them (the opening link's too, once the markers are
  // placed); a change back to none shows the whole body again.
  const filters = useAtlasStore((state) => state.filters);
  const placed = markers.length > 0;
  const framedFilters = useRef(JSON.stringify(NO_FILTERS));
  useEffect(() => {
    const key = JSON.stringify(filters);
    if (!placed || key === framedFilters.current) return;
    framedFilters.current = key;
    frameFiltered();
  }, [filters, placed, frameFiltered]);

  useEffect(frameChosen, [frameChosen]);
  const framedAlso = useRef(alsoKey);
  useEffect(() => {
    const arrived = alsoKey !== framedAlso.current && alsoKey !== EMPTY_SPOTS_KEY;
    framedAlso.current = alsoKey;
    if (arrived) frameChosen();
  }, [alsoKey, frameChosen]);

  // The view changed size or a panel moved over it (the phone's sheet): what the app framed is
  // framed again for the room left, unless the user has looked around since.
  const width = useThree((state) => state.size.width);
  const height = useThree((state) => state.size.height);
  const framedPx = useStageInsetStore((state) => state.framedPx);
  const framedFor = useRef({ width, height, framedPx });
  useEffect(() => {
    const before = framedFor.current;
    framedFor.current = { width, height, framedPx };
    const same = before.width === width && before.height === height && before.framedPx === framedPx;
    if (same || lookedAround.current || markers.length === 0) return;
    const again = unchosen.current;
    if (again !== null) frameUnchosen(again.point, again.asking);
    else if (useAtlasStore.getState().point === null) frameFiltered();
    else frameChosen();
  }, [width, height, framedPx, markers.length, frameChosen, frameFiltered, frameUnchosen]);
  /**
   * A double tap (or double click) frames what it lands on: the chosen point when it lands on or
   * near it, else the patch of skin tapped, seen square on; off the body, it goes back to the
   * chosen point, or to what the filters leave.
   */
  const frameTapped = useCallback(
    (at: TapSpot) => {
      const { skin, headward, markers: placed } = useSceneStore.getState();
      const { size } = getThree();
      const pointer = new Vector2((at.x / size.width) * 2 - 1, 1 - (at.y / size.height) * 2);
      const ray = new Raycaster();
      ray.setFromCamera(pointer, camera);
      const hit = skin?.raycastFirst(ray.ray, DoubleSide) ?? null;
      const chosen = useAtlasStore.getState().point;
      const nearChosen =
        hit !== null &&
        placed.some(
          (m) =>
            m.point === chosen &&
            hit.point.distanceTo(new Vector3(...m.position)) < TAPPED_POINT_REACH_M,
        );
      if (hit === null || headward === null || nearChosen) {
        if (chosen !== null) frameChosen();
        else frameFiltered();
        return;
      }
      const toCamera = camera.position.clone().sub(hit.point);
      const normal = hit.face?.normal.clone() ?? toCamera.clone();
      // The skin is hit from either side: the normal that counts faces the camera.
      if (normal.dot(toCamera) < 0) normal.negate();
      const around = [-1, 1].flatMap((sign) =>
        [new Vector3(1, 0, 0), new Vector3(0, 1, 0), new Vector3(0, 0, 1)].map((axis) =>
          hit.point.clone().addScaledVector(axis, (sign * TAPPED_SPOT_ACROSS_M) / 2),
        ),
      );
      lookedAround.current = false;
      cameraMoves.to(
        frameView({
          subjects: [
            { position: hit.point, normal: normal.normalize(), sight: null, context: around },
          ],
          headward,
          area: viewArea(),
          fovDegrees: LENS.fovDegrees,
        }),
      );
    },
    [camera, getThree, frameChosen, frameFiltered, viewArea],
  );
  useEffect(() => onDoubleTap(getThree().gl.domElement, frameTapped), [getThree, frameTapped]);

  /**
   * The posed skin keeps the camera out of the body while the user turns, zooms or pans (the
   * controls stop it short of skin between it and the target, and a pan keeps the target inside
   * the body's box), and once the view comes to rest after such a gesture, a camera left in or
   * against the skin backs out to the clearance. The
   * app's own framings need neither: they look along a line of sight found clear at build time,
   * and a collider left on would hold a camera that grazes skin from ever coming to rest.
   */
  const skin = useSceneStore((state) => state.skin);
  useEffect(() => {
    const own = controls.current;
    if (own === null || skin === null) return;
    const collider = skinCollider(skin);
    const grab = () => {
      own.colliderMeshes = [collider];
      // Set as a gesture starts, not when the body arrives: setting it asks the controls for an
      // update, and so a frame, which the loading view must not draw.
      const { bounds: box } = useSceneStore.getState();
      if (box !== null) own.setBoundary(box);
    };
    const release = () => (own.colliderMeshes = []);
    const backOut = () => {
      if (!lookedAround.current) return;
      const target = own.getTarget(new Vector3());
      const toCamera = camera.position.clone().sub(target);
      const hits: Intersection[] = [];
      collider.raycast(new Raycaster(target, toCamera.clone().normalize()), hits);
      const nearest = Math.min(...hits.map((hit) => hit.distance));
      if (nearest < toCamera.length()) void own.dollyTo(nearest, !prefersReducedMotion());
    };
    own.addEventListener('controlstart', grab);
    own.addEventListener('controlend', release);
    own.addEventListener('sleep', backOut);
    return () => {
      release();
      own.removeEventListener('controlstart', grab);
      own.removeEventListener('controlend', release);
      own.removeEventListener('sleep', backOut);
    };
  }, [skin, camera]);

  // The picture's shift follows its goal at the pace of the camera's own moves.
  useFrame((_, deltaS) => {
    const { now, goal } = focus.current;
    if (now === null || goal === null || (now.x === goal.x && now.y === goal.y)) return;
    const arrived = prefersReducedMotion() || stepToward(now, goal, SMOOTH_TIME_S, deltaS);
    if (arrived) Object.assign(now, goal);
    applyViewOffset(camera, getThree().size, now);
    if (!arrived) invalidate();
  });
  useEffect(() => () => camera.clearViewOffset(), [camera]);

  return (
    <CameraControls
      ref={controls}
      makeDefault
      minDistance={CAMERA_DISTANCE_M.min}
      maxDistance={CAMERA_DISTANCE_M.max}
      smoothTime={SMOOTH_TIME_S}
      touches={TOUCHES}
      // The wheel and a pinch zoom toward what is under the pointer, not toward the pelvis.
      dollyToCursor
      onStart={() => useSceneStore.getState().actions.hover(null)}
    />
  );
}

const spotsKey = (also: AlsoInView | null, point: number | null) =>
  also !== null && also.point === point ? also.spots : [];
const EMPTY_SPOTS_KEY = JSON.stringify([]);

/** The spots handed in for this point, as the framing takes them. */
function spotsAlsoInView(also: AlsoInView | null, point: number | null): AlsoSpot[] {
  return spotsKey(also, point).map((spot, i) => {
    const side = also?.sides?.[i];
    return { position: new Vector3(...spot), ...(side === undefined ? {} : { side }) };
  });
}
