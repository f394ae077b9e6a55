import { create } from 'zustand';
import type { MeshBVH } from 'three-mesh-bvh';
import type { PlacedMarker, PlacementResult } from '../data/placement';

export type SceneStatus = 'loading' | 'ready' | 'error';

/** Camera requests from the toolbar; the camera rig carries them out. */
export type CameraCommand =
  | { kind: 'view'; view: 'front' | 'back' | 'left' | 'right' }
  | { kind: 'reset' }
  | { kind: 'rotate'; degrees: number }
  | { kind: 'tilt'; degrees: number }
  | { kind: 'zoom'; factor: number };

interface SceneState {
  status: SceneStatus;
  /** The body is in the scene (its first frame is drawn before the points are placed). */
  bodyShown: boolean;
  markers: PlacedMarker[];
  /** Points the body could not place (a landmark missing from its table), in plain words. */
  placementProblems: string[];
  /** The skin in world space, for telling which markers the body hides from the camera. */
  skin: MeshBVH | null;
  /** Increments with each command, so the same command twice still runs twice. */
  command: { id: number; value: CameraCommand } | null;
  hovered: number | null;
  setBodyShown: () => void;
  setReady: (placement: PlacementResult, skin: MeshBVH) => void;
  setError: () => void;
  send: (command: CameraCommand) => void;
  setHovered: (point: number | null) => void;
}

/** State that belongs to the 3D view only (the shared store holds what the user chose). */
export const useSceneStore = create<SceneState>()((set) => ({
  status: 'loading',
  bodyShown: false,
  markers: [],
  placementProblems: [],
  skin: null,
  command: null,
  hovered: null,
  setBodyShown: () => set({ bodyShown: true }),
  setReady: ({ markers, problems }, skin) =>
    set({ status: 'ready', markers, placementProblems: problems, skin }),
  setError: () => set({ status: 'error' }),
  send: (value) => set((state) => ({ command: { id: (state.command?.id ?? 0) + 1, value } })),
  setHovered: (hovered) => set({ hovered }),
}));
