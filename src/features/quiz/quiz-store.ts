import { create } from 'zustand';
import { QUESTIONS_PER_ROUND, type Answer, type Question, type RoundSize } from '../../data/quiz';
import type { MarkerSide } from '../../data/placement';

/** Where the open name question's pin is drawn: a marker of its point, framed by the view. */
export interface QuizPin {
  question: number;
  side: MarkerSide;
  position: readonly [number, number, number];
  /** The skin's outward normal there, which the pin stands along. */
  normal: readonly [number, number, number];
}

interface QuizState {
  round: Question[];
  index: number;
  /** One slot per question, filled when it is answered. */
  answers: (Answer | undefined)[];
  /** The 3D body is on screen and listening: a tap on it answers (false while it loads, or without WebGL). */
  bodyListening: boolean;
  /** How long the learner wants a round (kept for the next rounds). */
  roundSize: RoundSize;
  /** The pin of the open name question, once the view has framed it; null otherwise. */
  pin: QuizPin | null;
  /** The open name question's pin could not be framed on this body: it can only be skipped. */
  pinUnplaceable: boolean;
  actions: {
    setRoundSize: (size: RoundSize) => void;
    startRound: (round: Question[]) => void;
    /** Records the answer to the open question; a second answer to it is ignored. */
    answer: (answer: Answer) => void;
    next: () => void;
    setBodyListening: (listening: boolean) => void;
    /** The pin framed, or null where the view could not frame it. */
    setPin: (pin: QuizPin | null) => void;
  };
}

/** The quiz in progress: written by the quiz panel and, for clicks on the body, by the scene. */
export const useQuizStore = create<QuizState>()((set) => ({
  round: [],
  index: 0,
  answers: [],
  bodyListening: false,
  roundSize: QUESTIONS_PER_ROUND,
  pin: null,
  pinUnplaceable: false,
  actions: {
    setRoundSize: (roundSize) => set({ roundSize }),
    startRound: (round) => set({ round, index: 0, answers: round.map(() => undefined), pin: null }),
    answer: (answer) =>
      set((state) => {
        if (state.answers[state.index] !== undefined) return {};
        const answers = [...state.answers];
        answers[state.index] = answer;
        return { answers };
      }),
    setBodyListening: (bodyListening) => set({ bodyListening }),
    setPin: (pin) => set({ pin, pinUnplaceable: pin === null }),
    next: () =>
      set((state) => ({
        index: Math.min(state.index + 1, state.round.length),
        pin: null,
        pinUnplaceable: false,
      })),
  },
}));

export const useQuizActions = () => useQuizStore((state) => state.actions);

/** The question that waits for a click on the body, if any: the scene listens only then. */
export function openFindQuestion(state: QuizState): Question | undefined {
  const question = state.round[state.index];
  return question?.kind === 'find' && state.answers[state.index] === undefined
    ? question
    : undefined;
}
