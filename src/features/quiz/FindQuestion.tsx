import { pointByNumber } from '../../data/dataset';
import {
  CORRECT_WITHIN_FINGER_WIDTHS,
  scoreChoice,
  type Answer,
  type Question,
} from '../../data/quiz';
import { useDataset } from '../../state/dataset-context';
import { useQuizActions, useQuizStore } from './quiz-store';
import { QuizFeedback } from './QuizFeedback';

/** "Find point N": click the body, or pick its description from four (the keyboard way). */
export function FindQuestion({ question, answer }: { question: Question; answer?: Answer }) {
  const dataset = useDataset();
  const { answer: record } = useQuizActions();
  const bodyListening = useQuizStore((state) => state.bodyListening);
  const point = pointByNumber(dataset, question.point);
  if (point === undefined) return null;
  return (
    <>
      <h2 className="quiz__question" id="quiz-question">
        Find point {point.number}: {point.name}
      </h2>
      {answer === undefined ? (
        <>
          <p className="quiz__lead">
            {bodyListening
              ? 'Click the place on the body.'
              : 'The 3D body is not ready to answer on; choose from the list below.'}{' '}
            Within {CORRECT_WITHIN_FINGER_WIDTHS} finger-widths counts as right; for a pair, either
            side counts.
          </p>
          <fieldset className="quiz__choices">
            <legend>Or choose where it is</legend>
            {question.choices.map((number) => (
              <button
                key={number}
                type="button"
                className="quiz__choice"
                onClick={() => record(scoreChoice(question, number))}
              >
                {pointByNumber(dataset, number)?.location.description}
              </button>
            ))}
          </fieldset>
        </>
      ) : (
        <QuizFeedback answer={answer} correct={answer.correct}>
          {answer.kind === 'find' && answer.via === 'body' ? (
            <p className="quiz__verdict-detail">Where it is: {point.location.description}</p>
          ) : (
            !answer.correct && (
              <p className="quiz__verdict-detail">
                Point {point.number} is here: {point.location.description}
              </p>
            )
          )}
          <p className="quiz__hint">The point is now marked on the body.</p>
        </QuizFeedback>
      )}
    </>
  );
}
