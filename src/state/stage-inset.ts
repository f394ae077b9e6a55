import { create } from 'zustand';

interface StageInsetState {
  /**
   * How many CSS pixels at the bottom of the 3D view a panel covers (the phone's bottom sheet),
   * so the camera frames the chosen point in the part that stays visible. Changes only when the
   * sheet settles on a size, never per frame.
   */
  bottomPx: number;
  actions: { setBottom: (px: number) => void };
}

export const useStageInsetStore = create<StageInsetState>()((set) => ({
  bottomPx: 0,
  actions: { setBottom: (px) => set({ bottomPx: Math.max(0, Math.round(px)) }) },
}));
