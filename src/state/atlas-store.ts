import { create } from 'zustand';
import { NO_FILTERS, type Filters } from '../data/filters';
import type { Mode } from './modes';
import type { LinkState, PairSide, PointSides } from './url';

export type { PairSide };

/**
 * Which markers the body shows: all of them, or only the selected point's (a quiz must not show
 * its answers). Set by the mode that needs it, read by every marker layer of the scene.
 */
export type MarkerReveal = 'all' | 'selected';

export interface AtlasState extends LinkState {
  /** Plain-language notes about parts of the opening link that were ignored. */
  linkHints: string[];
  markerReveal: MarkerReveal;
  /** The body takes the posture the selected point is worked in (off: standing). */
  showPosture: boolean;
  /** The figure stands whatever `showPosture` says (a class question is open). */
  standingHeld: boolean;
  /**
   * The bones layer under a see-through skin, with the chosen point's bones named; off again
   * when no point is chosen or the mode changes, where its switch would not be at hand.
   */
  showBones: boolean;
  /** The bones layer failed to load on this page: its switch is off and says so. */
  bonesFailed: boolean;
  /**
   * Beside the chosen point, the standard acupuncture point it most likely matches, drawn as a
   * ring with its code; kept on from point to point and mode to mode until switched off.
   */
  compareStandard: boolean;
  /** This device shares its view with a class: leaving a mode by accident asks first. */
  sharedWithClass: boolean;
  /**
   * Of a pair, the side being shown or worked now (a routine's step, the teacher's choice, the
   * marker clicked); null lets the view choose the side it can show best.
   */
  side: PairSide | null;
  /** Of the pairs in `pointsInOrder`, the side a lesson shows each on (the link's `3L`, `17R`). */
  pointSides?: PointSides;
  actions: {
    /** Chooses a point, and of a pair the side to show (none: the view chooses). */
    selectPoint: (point: number | null, side?: PairSide | null) => void;
    /** Shows the other side of the chosen pair, or lets the view choose again (null). */
    showSide: (side: PairSide | null) => void;
    setMode: (mode: Mode) => void;
    setFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
    clearFilters: () => void;
    dismissLinkHints: () => void;
    /** Replace the link-carried state at once (opening link, back/forward). */
    applyLink: (state: LinkState, hints?: string[]) => void;
    setMarkerReveal: (reveal: MarkerReveal) => void;
    setShowPosture: (show: boolean) => void;
    setShowBones: (show: boolean) => void;
    setCompareStandard: (compare: boolean) => void;
    /** The bones could not be loaded: they are switched off for the rest of the visit. */
    failBones: () => void;
    holdStanding: (hold: boolean) => void;
    markSharedWithClass: (shared: boolean) => void;
    /** Opens the routine mode on these points (none: the routine's own default set). */
    startRoutine: (points?: readonly number[]) => void;
    /** Presents these points in this order (a lesson), from the first; none: the filtered set. */
    presentInOrder: (points?: readonly number[], sides?: PointSides) => void;
  };
}

/**
 * The one shared store: what the user chose (mode, point, filters), kept in step with the link.
 * The scene and the DOM both read it, neither owns it; each feature keeps its own working state
 * in its own store (quiz round, tour, handout pictures).
 */
export const useAtlasStore = create<AtlasState>()((set) => ({
  mode: 'explore',
  point: null,
  filters: NO_FILTERS,
  linkHints: [],
  markerReveal: 'all',
  showPosture: false,
  standingHeld: false,
  showBones: false,
  bonesFailed: false,
  compareStandard: false,
  sharedWithClass: false,
  side: null,
  actions: {
    // The bones name the chosen point's landmarks: with no point chosen they go too.
    selectPoint: (point, side = null) =>
      set(point === null ? { point, side, showBones: false } : { point, side }),
    showSide: (side) => set({ side }),
    // Another mode leaves the last one's order of points (a routine's plan, a lesson) behind.
    setMode: (mode) =>
      set((state) =>
        state.mode === mode
          ? {}
          : { mode, pointsInOrder: undefined, pointSides: undefined, showBones: false },
      ),
    // Filtering to a posture shows it: the figure takes the posture the list is narrowed to.
    setFilter: (key, value) =>
      set((state) => ({
        filters: { ...state.filters, [key]: value },
        ...(key === 'posture' && value !== 'all' ? { showPosture: true } : {}),
      })),
    clearFilters: () => set({ filters: NO_FILTERS }),
    dismissLinkHints: () => set({ linkHints: [] }),
    applyLink: (link, hints) =>
      set((state) => ({
        ...link,
        // A link without an order of points leaves no lesson or routine plan behind.
        pointsInOrder: link.pointsInOrder,
        pointSides: link.pointSides,
        // Another point lets the view choose its side again, or takes the one its lesson names.
        side:
          link.point === state.point
            ? state.side
            : link.point === null
              ? null
              : (link.pointSides?.[link.point] ?? null),
        showBones: link.point !== null && link.mode === state.mode && state.showBones,
        linkHints: hints ?? state.linkHints,
      })),
    setMarkerReveal: (markerReveal) => set({ markerReveal }),
    setShowPosture: (showPosture) => set({ showPosture }),
    setShowBones: (showBones) => set({ showBones }),
    setCompareStandard: (compareStandard) => set({ compareStandard }),
    failBones: () => set({ showBones: false, bonesFailed: true }),
    holdStanding: (standingHeld) => set({ standingHeld }),
    markSharedWithClass: (sharedWithClass) => set({ sharedWithClass }),
    startRoutine: (pointsInOrder) => set({ mode: 'routine', pointsInOrder }),
    presentInOrder: (pointsInOrder, pointSides) =>
      set((state) => {
        const point = pointsInOrder?.[0] ?? state.point;
        const side = point === null ? null : (pointSides?.[point] ?? null);
        return { mode: 'present', pointsInOrder, pointSides, point, side };
      }),
  },
}));

export const useAtlasActions = () => useAtlasStore((state) => state.actions);
