import { useEffect } from 'react';
import { useQuizStore } from './quiz-store';
import { useAtlasActions } from '../../state/atlas-store';

/**
 * Hides the answer while a question is open and shows it once answered: selecting the point
 * marks it on the body and flies the camera there, as in the atlas.
 */
export function useQuizReveal() {
  const { selectPoint } = useAtlasActions();
  const question = useQuizStore((state) => state.round[state.index]);
  const answered = useQuizStore((state) => state.answers[state.index] !== undefined);
  useEffect(() => {
    selectPoint(question !== undefined && answered ? question.point : null);
  }, [question, answered, selectPoint]);
}
