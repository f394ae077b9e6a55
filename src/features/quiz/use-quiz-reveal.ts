import { useEffect } from 'react';
import { useAtlasActions } from '../../state/atlas-store';
import { useQuizStore } from './quiz-store';

/**
 * Hides the answers while the quiz is on: the body shows only the selected point's markers, and
 * a question's point is selected (marked on the body, framed by the camera, its guide drawn)
 * only once it has been answered.
 */
export function useQuizReveal() {
  const { selectPoint, setMarkerReveal } = useAtlasActions();
  const question = useQuizStore((state) => state.round[state.index]);
  const answered = useQuizStore((state) => state.answers[state.index] !== undefined);
  useEffect(() => {
    setMarkerReveal('selected');
    return () => setMarkerReveal('all');
  }, [setMarkerReveal]);
  // A pin answered is revealed on the side it was drawn, so its marker lands on it.
  const pinSide = useQuizStore((state) => (answered ? (state.pin?.side ?? null) : null));
  useEffect(() => {
    if (question === undefined || !answered) return selectPoint(null);
    selectPoint(question.point, pinSide === 'midline' ? null : pinSide);
  }, [question, answered, selectPoint, pinSide]);
}
