import { pointByNumber } from '../../data/dataset';
import { roundScore, type Answer, type Question } from '../../data/quiz';
import { DATASET } from '../../data/full-dataset';

const KIND_WORDS = { find: 'Find', self: 'Self-massage?' } as const;

/** The round's score and each question's result, with a way to play again. */
export function QuizSummary({
  round,
  answers,
  onNewRound,
}: {
  round: Question[];
  answers: (Answer | undefined)[];
  onNewRound: () => void;
}) {
  return (
    <div className="quiz" data-testid="quiz-summary">
      <h2 className="quiz__question" tabIndex={-1} ref={(heading) => heading?.focus()}>
        Score: {roundScore(answers)} of {round.length}
      </h2>
      <ol className="quiz__results">
        {round.map((question, i) => {
          const correct = answers[i]?.correct === true;
          return (
            <li key={i} data-correct={correct}>
              <span className="quiz__result-mark" aria-hidden="true">
                {correct ? '✓' : '✗'}
              </span>
              {KIND_WORDS[question.kind]} point {question.point},{' '}
              {pointByNumber(DATASET, question.point)?.name}: {correct ? 'right' : 'wrong'}
            </li>
          );
        })}
      </ol>
      <button type="button" className="button quiz__next" onClick={onNewRound}>
        New round
      </button>
    </div>
  );
}
