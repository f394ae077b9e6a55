import { create } from 'zustand';
import type { SheetSize } from './sheet-sizes';

interface SheetState {
  size: SheetSize;
  actions: { setSize: (size: SheetSize) => void; atLeastHalf: () => void };
}

/** How far the phone's bottom sheet is open: the sheet, and a mode that opens it to show a result. */
export const useSheetStore = create<SheetState>()((set) => ({
  size: 'peek',
  actions: {
    setSize: (size) => set({ size }),
    // Showing a point's details: open enough to read them, but never cover the body fully.
    atLeastHalf: () => set((state) => ({ size: state.size === 'peek' ? 'half' : state.size })),
  },
}));
