import { create } from 'zustand';
import type { Box3, Object3D } from 'three';
import type { MeshBVH } from 'three-mesh-bvh';
import type { PoseName } from '../../models/poses';
import type { MarkerSide, PlacedMarker } from '../data/placement';
import type { PlacedStandardPoint } from '../data/standard-placement';
import type { PosedSkin } from './body/posed-skin';
import type { CameraRigHandle, NamedView } from './camera/camera-rig-handle';
import type { ViewSnapshot } from './picture/picture-source';

export type SceneStatus = 'loading' | 'ready';

/** Spots a point's framing must show besides the point itself, for that point only. */
export interface AlsoInView {
  point: number;
  spots: readonly (readonly [number, number, number])[];
  /**
   * Of a pair, the side each spot belongs with (the standard point beside each marker): only
   * that side's framing takes it in. Absent: every framing takes in every spot.
   */
  sides?: readonly MarkerSide[];
}

interface SceneState {
  status: SceneStatus;
  /** The body is in the scene (its first frame is drawn before the points are placed). */
  bodyShown: boolean;
  /** The body object the live view draws (its joints carry the bones layer); null without one. */
  liveBody: Object3D | null;
  /** The pose the body has settled in; while it moves to another, `posing` is true. */
  pose: PoseName;
  posing: boolean;
  /** Where the skin carries the markers in the settled pose; none while the body moves. */
  markers: PlacedMarker[];
  /** Where the skin carries the standard points the dataset's points are compared with. */
  standardPoints: PlacedStandardPoint[];
  /** Points the body could not place (a landmark missing from its table), in plain words. */
  placementProblems: string[];
  /**
   * The skin in world space as posed, for telling which markers the body hides from the camera
   * and where a tap lands; made after the markers show (skin-index.ts), null until then.
   */
  skin: MeshBVH | null;
  /** Around the posed body, for framing it whole. */
  bounds: Box3 | null;
  /** Each marker's way back to the rest pose (posed-skin.ts), for wording views. */
  toRest: PosedSkin['toRest'] | null;
  /** What the camera needs to frame each marker in the settled pose (posed-skin.ts). */
  framing: PosedSkin['framing'] | null;
  /** The settled body's long axis, pelvis toward head. */
  headward: PosedSkin['headward'] | null;
  /**
   * The chosen point, when no view of the settled pose shows it (it lies in a fold of skin, as
   * point 19 does in the groin of a seated figure): its pin is drawn through the skin, and says so.
   */
  hiddenInPose: number | null;
  /** Which part of the body the camera shows and from where ("left foot, from below"). */
  bearings: string | null;
  hovered: number | null;
  /**
   * Spots the chosen point's framing must show besides the point (a class's taps once revealed,
   * so none is left off the projector); none: the point's own close-up.
   */
  alsoInView: AlsoInView | null;
  /** How the view on screen draws its picture for saving (picture/); null with no view. */
  snapshotSource: (() => ViewSnapshot) | null;
  /** The camera rig's handle while the 3D view is on screen; camera-moves.ts moves it. */
  rig: CameraRigHandle | null;
  /**
   * The named view the camera was last sent to (a new object each time, so the same view asked
   * for twice is told twice); a class shares this instead of coordinates.
   */
  namedView: { view: NamedView } | null;
  actions: {
    /** The view's body is in its scene; returns what takes it out again. */
    showBody: (body: Object3D) => () => void;
    /**
     * The body has settled in a pose: its markers, bounds and what could not be placed, with the
     * skin's index where one is made for that pose already (else `indexSkin` brings it).
     */
    settle: (posed: PosedSkin, placementProblems: string[], skin: MeshBVH | null) => void;
    /** The skin's index for `pose` is made; kept only if the body is still settled there. */
    indexSkin: (pose: PoseName, skin: MeshBVH) => void;
    /** The body starts moving to another pose: the markers wait until it arrives. */
    startPosing: () => void;
    hover: (point: number | null) => void;
    setBearings: (bearings: string | null) => void;
    markHiddenInPose: (point: number | null) => void;
    /** The rig hands over its controls as the view mounts; returns what takes them back. */
    attachRig: (rig: CameraRigHandle) => () => void;
    nameView: (view: NamedView) => void;
    showAlsoInView: (also: AlsoInView | null) => void;
    /** The view hands over how to take its picture; returns what takes it back. */
    attachSnapshotSource: (take: () => ViewSnapshot) => () => void;
  };
}

/** State that belongs to the 3D view only (the shared store holds what the user chose). */
export const useSceneStore = create<SceneState>()((set, get) => ({
  status: 'loading',
  bodyShown: false,
  liveBody: null,
  pose: 'standing',
  posing: false,
  markers: [],
  standardPoints: [],
  placementProblems: [],
  skin: null,
  bounds: null,
  toRest: null,
  framing: null,
  headward: null,
  hiddenInPose: null,
  bearings: null,
  hovered: null,
  alsoInView: null,
  snapshotSource: null,
  rig: null,
  namedView: null,
  actions: {
    showBody: (body) => {
      set({ bodyShown: true, liveBody: body });
      return () => {
        if (get().liveBody === body) set({ liveBody: null });
      };
    },
    settle: (
      { pose, markers, standardPoints, bounds, toRest, framing, headward },
      placementProblems,
      skin,
    ) =>
      set({
        status: 'ready',
        pose,
        posing: false,
        markers,
        standardPoints,
        placementProblems,
        skin,
        bounds,
        toRest,
        framing,
        headward,
      }),
    indexSkin: (pose, skin) =>
      set((state) => (state.pose === pose && !state.posing ? { skin } : {})),
    startPosing: () =>
      set({
        posing: true,
        markers: [],
        standardPoints: [],
        skin: null,
        hovered: null,
        bearings: null,
        hiddenInPose: null,
      }),
    setBearings: (bearings) => set({ bearings }),
    markHiddenInPose: (hiddenInPose) => set({ hiddenInPose }),
    hover: (hovered) => set({ hovered }),
    attachRig: (rig) => {
      set({ rig });
      return () => {
        if (get().rig === rig) set({ rig: null });
      };
    },
    nameView: (view) => set({ namedView: { view } }),
    showAlsoInView: (alsoInView) => set({ alsoInView }),
    attachSnapshotSource: (take) => {
      set({ snapshotSource: take });
      return () => {
        if (get().snapshotSource === take) set({ snapshotSource: null });
      };
    },
  },
}));

export const useSceneActions = () => useSceneStore((state) => state.actions);

/** The posed skin's index as soon as there is one (now, or once the body settles and it is made). */
export function indexedSkin(): Promise<MeshBVH> {
  const { skin } = useSceneStore.getState();
  if (skin !== null) return Promise.resolve(skin);
  return new Promise((resolve) => {
    const stop = useSceneStore.subscribe((state) => {
      if (state.skin === null) return;
      stop();
      resolve(state.skin);
    });
  });
}
