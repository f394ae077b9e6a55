import { pointByNumber } from '../../data/dataset';
import { scoreSelf, type Answer, type Question } from '../../data/quiz';
import { DATASET } from '../../data/full-dataset';
import { useQuizActions } from './quiz-store';
import { selfMassageCitations } from '../../data/citation-marks';
import { CitationScope } from '../../ui/point-facts/CitationScope';
import { SelfMassageInfo } from '../../ui/point-facts/SelfMassageInfo';
import { QuizFeedback } from './QuizFeedback';

/** "Can you massage this one yourself?", answered from the dataset's self-massage facts. */
export function SelfQuestion({ question, answer }: { question: Question; answer?: Answer }) {
  const { answer: record } = useQuizActions();
  const point = pointByNumber(DATASET, question.point);
  if (point === undefined) return null;
  const named = point.selfMassage.inSelfMassageSentence;
  return (
    <>
      <h2 className="quiz__question" id="quiz-question">
        Can you massage point {point.number} yourself?
      </h2>
      <p className="quiz__lead">
        {point.name}: {point.location.description}
      </p>
      {answer === undefined ? (
        <div className="quiz__yes-no" role="group" aria-labelledby="quiz-question">
          <button
            type="button"
            className="quiz__choice"
            onClick={() => record(scoreSelf(point, true))}
          >
            Yes
          </button>
          <button
            type="button"
            className="quiz__choice"
            onClick={() => record(scoreSelf(point, false))}
          >
            No
          </button>
        </div>
      ) : (
        <QuizFeedback answer={answer} correct={answer.correct}>
          <p className="quiz__verdict-detail">
            {named
              ? 'Yes: the article names it among the points people can reach and massage on their own.'
              : 'No: the article does not name it among the points for massaging on your own.'}
          </p>
          <CitationScope citations={selfMassageCitations(point)}>
            <SelfMassageInfo point={point} />
          </CitationScope>
        </QuizFeedback>
      )}
    </>
  );
}
