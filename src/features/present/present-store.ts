import { create } from 'zustand';

interface PresentState {
  /** The guided tour advances on its own, pausing on each point. */
  tourPlaying: boolean;
  actions: {
    playTour: () => void;
    pauseTour: () => void;
  };
}

/** Present mode's own working state; what is shown lives in the shared store. */
export const usePresentStore = create<PresentState>()((set) => ({
  tourPlaying: false,
  actions: {
    playTour: () => set({ tourPlaying: true }),
    pauseTour: () => set({ tourPlaying: false }),
  },
}));

export const usePresentActions = () => usePresentStore((state) => state.actions);
