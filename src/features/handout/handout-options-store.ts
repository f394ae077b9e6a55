import { create } from 'zustand';

/** How many cards share an A4 or Letter page: more, smaller pictures; fewer, larger. */
export const CARDS_PER_PAGE = [6, 4, 2] as const;
export type CardsPerPage = (typeof CARDS_PER_PAGE)[number];

/** Cards across the page for each choice. */
export const CARDS_ACROSS: Record<CardsPerPage, number> = { 6: 2, 4: 2, 2: 1 };

interface HandoutOptionsState {
  cardsPerPage: CardsPerPage;
  /** Each card's sources and disagreements: off, a class set stays a few pages. */
  includeSources: boolean;
  actions: {
    setCardsPerPage: (cards: CardsPerPage) => void;
    setIncludeSources: (include: boolean) => void;
  };
}

/** What the teacher chose for the printed handout. */
export const useHandoutOptions = create<HandoutOptionsState>()((set) => ({
  cardsPerPage: 6,
  includeSources: false,
  actions: {
    setCardsPerPage: (cardsPerPage) => set({ cardsPerPage }),
    setIncludeSources: (includeSources) => set({ includeSources }),
  },
}));
