import { create } from 'zustand';

interface PresentState {
  /** The guided tour advances on its own, pausing on each point. */
  tourPlaying: boolean;
  /** The projector shows black (B or the clicker's blank key): the room looks at the teacher. */
  blanked: boolean;
  /** Esc was pressed while the class follows: Present waits for "Leave" or "Stay". */
  askingToLeave: boolean;
  actions: {
    playTour: () => void;
    pauseTour: () => void;
    toggleBlank: () => void;
    askToLeave: () => void;
    stay: () => void;
  };
}

/** Present mode's own working state; what is shown lives in the shared store. */
export const usePresentStore = create<PresentState>()((set) => ({
  tourPlaying: false,
  blanked: false,
  askingToLeave: false,
  actions: {
    playTour: () => set({ tourPlaying: true }),
    pauseTour: () => set({ tourPlaying: false }),
    toggleBlank: () => set((state) => ({ blanked: !state.blanked })),
    askToLeave: () => set({ askingToLeave: true, tourPlaying: false }),
    stay: () => set({ askingToLeave: false }),
  },
}));

export const usePresentActions = () => usePresentStore((state) => state.actions);
