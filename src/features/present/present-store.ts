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
    /** Leaving Present by any way: the next presentation starts lit, with nothing asked. */
    leave: () => void;
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
    // Blanking pauses the tour: it must not step on (and take the class with it) behind black.
    toggleBlank: () => set((state) => ({ blanked: !state.blanked, tourPlaying: false })),
    askToLeave: () => set({ askingToLeave: true, tourPlaying: false }),
    stay: () => set({ askingToLeave: false }),
    leave: () => set({ blanked: false, askingToLeave: false, tourPlaying: false }),
  },
}));

export const usePresentActions = () => usePresentStore((state) => state.actions);
