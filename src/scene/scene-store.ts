import { create } from 'zustand';
import type { MeshBVH } from 'three-mesh-bvh';
import type { PlacedMarker } from '../data/placement';
import type { SkinPlacement } from './body/skin-placement';

export type SceneStatus = 'loading' | 'ready';

interface SceneState {
  status: SceneStatus;
  /** The body is in the scene (its first frame is drawn before the points are placed). */
  bodyShown: boolean;
  markers: PlacedMarker[];
  /** Points the body could not place (a landmark missing from its table), in plain words. */
  placementProblems: string[];
  /** The skin in world space, for telling which markers the body hides from the camera. */
  skin: MeshBVH | null;
  hovered: number | null;
  actions: {
    showBody: () => void;
    setPlacement: (placed: SkinPlacement) => void;
    hover: (point: number | null) => void;
  };
}

/** State that belongs to the 3D view only (the shared store holds what the user chose). */
export const useSceneStore = create<SceneState>()((set) => ({
  status: 'loading',
  bodyShown: false,
  markers: [],
  placementProblems: [],
  skin: null,
  hovered: null,
  actions: {
    showBody: () => set({ bodyShown: true }),
    setPlacement: ({ placement, skin }) =>
      set({
        status: 'ready',
        markers: placement.markers,
        placementProblems: placement.problems,
        skin,
      }),
    hover: (hovered) => set({ hovered }),
  },
}));

export const useSceneActions = () => useSceneStore((state) => state.actions);
