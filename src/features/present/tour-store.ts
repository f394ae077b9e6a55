import { create } from 'zustand';

/** Whether the guided tour is playing: it advances on its own, pausing on each point. */
export const useTourStore = create<{ playing: boolean; setPlaying: (playing: boolean) => void }>()(
  (set) => ({ playing: false, setPlaying: (playing) => set({ playing }) }),
);
