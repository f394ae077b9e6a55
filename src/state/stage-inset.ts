import { create } from 'zustand';

interface StageInsetState {
  /**
   * How many CSS pixels at the bottom of the 3D view a panel covers (the phone's bottom sheet):
   * marker labels there give way. Changes only when the sheet settles on a size, never per frame.
   */
  coveredPx: number;
  /** The covered height the camera frames around (the sheet pulled up fully still frames as at half). */
  framedPx: number;
  actions: { setCovered: (coveredPx: number, framedPx: number) => void };
}

export const useStageInsetStore = create<StageInsetState>()((set) => ({
  coveredPx: 0,
  framedPx: 0,
  actions: {
    setCovered: (coveredPx, framedPx) =>
      set({
        coveredPx: Math.max(0, Math.round(coveredPx)),
        framedPx: Math.max(0, Math.round(framedPx)),
      }),
  },
}));
