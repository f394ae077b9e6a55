import type { QuestionKind } from '../../data/quiz';

/** How a question is named in the round's list and the summary, before its point's number. */
export const QUESTION_KIND_WORDS: Record<QuestionKind, string> = {
  find: 'Find',
  self: 'Self-massage?',
  name: 'Name the pin:',
};
