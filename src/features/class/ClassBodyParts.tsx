import { lazy } from 'react';
import { useMarksStore } from '../../state/marks-store';
import { useClassStore } from './class-store';

/** The quiz's taps and dots, with the student's session they answer through: a class quiz only. */
const ClassQuizOnBody = lazy(() => import('./ClassQuizOnBody'));
/** The teacher's pen strokes and pointer, on a following student's body. */
const BodyMarks = lazy(() => import('../../scene/marks/BodyMarks'));

/**
 * The class's part of the 3D view: this small gate, and behind it the quiz's taps and dots, only
 * while a class question is open or revealed. Outside a class quiz the page fetches neither those
 * nor the student's session, and draws no frame for them.
 */
export default function ClassBodyParts() {
  const quizOnBody = useClassStore(
    ({ quiz }) => quiz.status === 'open' || quiz.status === 'revealed',
  );
  // The teacher draws in Present, where the pen shows its own strokes.
  const student = useClassStore(({ role }) => role === 'student');
  const drawn = useMarksStore(({ marks }) => marks.strokes.length > 0 || marks.pointer !== null);
  const teachersMarks = student && drawn;
  return (
    <>
      {quizOnBody && <ClassQuizOnBody />}
      {teachersMarks && <BodyMarks />}
    </>
  );
}
