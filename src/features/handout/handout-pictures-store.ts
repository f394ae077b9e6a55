import { create } from 'zustand';
import type { MapView } from './map-views';
import type { PointPicture } from './point-pictures';

export type PictureStatus = 'drawing' | 'ready' | 'unavailable';

interface HandoutPicturesState {
  status: PictureStatus;
  pictures: Record<number, PointPicture>;
  /** Whether the pictures on hand ring the standard points (drawn again when that changes). */
  withStandard: boolean;
  /** The one-page map's pictures; 'unavailable' where they cannot be drawn. */
  map: MapView[] | 'drawing' | 'unavailable';
  /** The points the map on hand marks (numbers joined by commas): another set draws it again. */
  mapOf: string | null;
  actions: {
    drawingMap: (of: string) => void;
    mapDrawn: (of: string, map: MapView[] | 'unavailable') => void;
    drawing: (withStandard: boolean) => void;
    drawn: (pictures: Record<number, PointPicture>) => void;
    /** The cards' pictures could not be drawn (the map may have been). */
    unavailable: () => void;
    /** Nothing can be drawn on this page: no WebGL, or the drawing failed outright. */
    nothingDrawn: () => void;
  };
}

/** The handout's body pictures: drawn offscreen by the picture maker, shown by the cards. */
export const useHandoutPictures = create<HandoutPicturesState>()((set) => ({
  status: 'drawing',
  pictures: {},
  withStandard: false,
  map: 'drawing',
  mapOf: null,
  actions: {
    drawingMap: (mapOf) => set({ map: 'drawing', mapOf }),
    // A map drawn for a set no longer asked for is dropped.
    mapDrawn: (of, map) => set((state) => (state.mapOf === of ? { map } : {})),
    drawing: (withStandard) => set({ status: 'drawing', withStandard }),
    drawn: (pictures) => set({ status: 'ready', pictures }),
    unavailable: () => set({ status: 'unavailable' }),
    nothingDrawn: () => set({ status: 'unavailable', map: 'unavailable' }),
  },
}));
