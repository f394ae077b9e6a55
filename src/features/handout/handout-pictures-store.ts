import { create } from 'zustand';
import type { PointPicture } from './point-pictures';

export type PictureStatus = 'drawing' | 'ready' | 'unavailable';

interface HandoutPicturesState {
  status: PictureStatus;
  pictures: Record<number, PointPicture>;
  actions: {
    drawn: (pictures: Record<number, PointPicture>) => void;
    unavailable: () => void;
  };
}

/** The handout's body pictures: drawn offscreen by the picture maker, shown by the cards. */
export const useHandoutPictures = create<HandoutPicturesState>()((set) => ({
  status: 'drawing',
  pictures: {},
  actions: {
    drawn: (pictures) => set({ status: 'ready', pictures }),
    unavailable: () => set({ status: 'unavailable' }),
  },
}));
