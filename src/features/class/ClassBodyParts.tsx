import { lazy } from 'react';
import { useClassStore } from './class-store';

/** The quiz's taps and dots, with the student's session they answer through: a class quiz only. */
const ClassQuizOnBody = lazy(() => import('./ClassQuizOnBody'));

/**
 * The class's part of the 3D view: this small gate, and behind it the quiz's taps and dots, only
 * while a class question is open or revealed. Outside a class quiz the page fetches neither those
 * nor the student's session, and draws no frame for them.
 */
export default function ClassBodyParts() {
  const quizOnBody = useClassStore(
    ({ quiz }) => quiz.status === 'open' || quiz.status === 'revealed',
  );
  return quizOnBody ? <ClassQuizOnBody /> : null;
}
