import { lazy } from 'react';
import { useClassStore } from './class-store';

/** The quiz's taps and dots, with the student's session they answer through: a class quiz only. */
const ClassQuizOnBody = lazy(() => import('./ClassQuizOnBody'));

/**
 * The class's part of the 3D view, there only while a class question is open or revealed: a page
 * outside a class quiz fetches none of it and draws no frame for it.
 */
export default function ClassBodyParts() {
  const quizOnBody = useClassStore(
    ({ quiz }) => quiz.status === 'open' || quiz.status === 'revealed',
  );
  return quizOnBody ? <ClassQuizOnBody /> : null;
}
