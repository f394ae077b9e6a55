import { create } from 'zustand';
import { NO_FILTERS, type Filters } from '../data/filters';
import type { LinkState, Mode } from './url';

export interface AtlasState extends LinkState {
  /** Plain-language notes about parts of the opening link that were ignored. */
  linkHints: string[];
  actions: {
    selectPoint: (point: number | null) => void;
    setMode: (mode: Mode) => void;
    setFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
    clearFilters: () => void;
    dismissLinkHints: () => void;
    /** Replace the link-carried state at once (opening link, back/forward). */
    applyLink: (state: LinkState, hints?: string[]) => void;
  };
}

/** One store for what the user chose; the scene and the DOM both read it, neither owns it. */
export const useAtlasStore = create<AtlasState>()((set) => ({
  mode: 'explore',
  point: null,
  filters: NO_FILTERS,
  linkHints: [],
  actions: {
    selectPoint: (point) => set({ point }),
    setMode: (mode) => set({ mode }),
    setFilter: (key, value) => set((state) => ({ filters: { ...state.filters, [key]: value } })),
    clearFilters: () => set({ filters: NO_FILTERS }),
    dismissLinkHints: () => set({ linkHints: [] }),
    applyLink: (link, hints) => set((state) => ({ ...link, linkHints: hints ?? state.linkHints })),
  },
}));

export const useAtlasActions = () => useAtlasStore((state) => state.actions);
