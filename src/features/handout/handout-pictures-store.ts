import { create } from 'zustand';
import type { PointPicture } from './point-pictures';

export type PictureStatus = 'drawing' | 'ready' | 'unavailable';

interface HandoutPicturesState {
  status: PictureStatus;
  pictures: Record<number, PointPicture>;
  /** Whether the pictures on hand ring the standard points (drawn again when that changes). */
  withStandard: boolean;
  actions: {
    drawing: (withStandard: boolean) => void;
    drawn: (pictures: Record<number, PointPicture>) => void;
    unavailable: () => void;
  };
}

/** The handout's body pictures: drawn offscreen by the picture maker, shown by the cards. */
export const useHandoutPictures = create<HandoutPicturesState>()((set) => ({
  status: 'drawing',
  pictures: {},
  withStandard: false,
  actions: {
    drawing: (withStandard) => set({ status: 'drawing', withStandard }),
    drawn: (pictures) => set({ status: 'ready', pictures }),
    unavailable: () => set({ status: 'unavailable' }),
  },
}));
