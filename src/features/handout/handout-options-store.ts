import { create } from 'zustand';

/** How many cards share an A4 or Letter page: more, smaller pictures; fewer, larger. */
export const CARDS_PER_PAGE = [6, 4, 2] as const;
export type CardsPerPage = (typeof CARDS_PER_PAGE)[number];

/** Cards across the page for each choice. */
export const CARDS_ACROSS: Record<CardsPerPage, number> = { 6: 2, 4: 2, 2: 1 };

/** The map with the cards after it, or the map alone with empty circles for a class test. */
export type SheetKind = 'handout' | 'worksheet';

interface HandoutOptionsState {
  sheet: SheetKind;
  cardsPerPage: CardsPerPage;
  /** Each card's sources and disagreements: off, a class set stays a few pages. */
  includeSources: boolean;
  actions: {
    setSheet: (sheet: SheetKind) => void;
    setCardsPerPage: (cards: CardsPerPage) => void;
    setIncludeSources: (include: boolean) => void;
  };
}

/** What the teacher chose for the printed handout. */
export const useHandoutOptions = create<HandoutOptionsState>()((set) => ({
  sheet: 'handout',
  cardsPerPage: 6,
  includeSources: false,
  actions: {
    setSheet: (sheet) => set({ sheet }),
    setCardsPerPage: (cardsPerPage) => set({ cardsPerPage }),
    setIncludeSources: (includeSources) => set({ includeSources }),
  },
}));
