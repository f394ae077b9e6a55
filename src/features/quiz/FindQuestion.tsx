import { pointByNumber } from '../../data/dataset';
import { SHOWN_ANSWER, type Answer, type Question } from '../../data/quiz';
import { zoneOf, zoneWords } from '../../data/zone';
import { DATASET } from '../../data/full-dataset';
import { useQuizActions, useQuizStore } from './quiz-store';
import { QuizFeedback } from './QuizFeedback';

/**
 * "Find point N: its name", answered by tapping the body. Nothing on screen says where the point
 * is until it is answered; without a body to tap, "Show me" reveals it unscored.
 */
export function FindQuestion({ question, answer }: { question: Question; answer?: Answer }) {
  const { answer: record } = useQuizActions();
  const bodyListening = useQuizStore((state) => state.bodyListening);
  const point = pointByNumber(DATASET, question.point);
  if (point === undefined) return null;
  const zone = zoneOf(point, DATASET);
  return (
    <>
      {/* The number alone: most names say where the point is ("Beside the navel, ..."). */}
      <h2 className="quiz__question" id="quiz-question">
        Find point {point.number}
        {answer !== undefined && `: ${point.name}`}
      </h2>
      {answer === undefined ? (
        <>
          <p className="quiz__lead">
            {bodyListening
              ? 'Tap or click the place on the body. Drag to turn it, or use the view buttons.'
              : 'The 3D body is not there to tap on. Try to picture the place, then show it.'}
          </p>
          <p className="quiz__hint" data-testid="quiz-zone-hint">
            A tap inside the point&apos;s zone counts as right: here {zoneWords(zone)}, so zoom in
            to aim. For a pair, either side counts.
          </p>
          <button
            type="button"
            className="quiz__choice quiz__show"
            onClick={() => record(SHOWN_ANSWER)}
          >
            Show me where it is (no score)
          </button>
        </>
      ) : (
        <QuizFeedback answer={answer} correct={answer.correct}>
          <p className="quiz__verdict-detail">Where it is: {point.location.description}</p>
          <p className="quiz__hint">
            {answer.kind !== 'find' || answer.via !== 'body'
              ? 'The point is now marked on the body.'
              : answer.correct
                ? `The point is marked on the body with its zone (${zoneWords(zone)}); the green dot, inside it, is where you tapped.`
                : `The point is marked on the body with its zone (${zoneWords(zone)}); your tap is the red dot, outside it (press Reset to see both).`}
          </p>
        </QuizFeedback>
      )}
    </>
  );
}
