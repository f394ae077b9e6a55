import { create } from 'zustand';

export type PictureStatus = 'drawing' | 'ready' | 'unavailable';

interface HandoutPicturesState {
  status: PictureStatus;
  /** PNG data URLs by point number. */
  pictures: Record<number, string>;
  setPictures: (pictures: Record<number, string>) => void;
  setUnavailable: () => void;
}

/** The handout's small body pictures: drawn by the scene, shown by the handout cards. */
export const useHandoutPictures = create<HandoutPicturesState>()((set) => ({
  status: 'drawing',
  pictures: {},
  setPictures: (pictures) => set({ status: 'ready', pictures }),
  setUnavailable: () => set({ status: 'unavailable' }),
}));
