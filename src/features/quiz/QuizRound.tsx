import { isShown, isSkipped, roundScore, scoredCount } from '../../data/quiz';
import { useQuizStore } from './quiz-store';
import { QUESTION_KIND_WORDS } from './question-words';
import './quiz.css';

/**
 * The quiz's side of the browse column, where explore has its point list: how to play, and the
 * round so far. A question not yet reached says only its number, so nothing is given away.
 */
export function QuizRound() {
  const { round, index, answers } = useQuizStore();
  if (round.length === 0) return null;
  const answered = answers.filter((answer) => answer !== undefined).length;
  return (
    <section className="quiz-round" aria-labelledby="quiz-round-title" data-testid="quiz-round">
      <h2 className="quiz-round__title" id="quiz-round-title">
        This round
      </h2>
      <p className="quiz-round__score">
        Score {roundScore(answers)} of {scoredCount(answers)} scored
      </p>
      <progress className="quiz-round__bar" max={round.length} value={answered}>
        {answered} of {round.length}
      </progress>
      <ol className="quiz-round__list">
        {round.map((question, i) => {
          const answer = answers[i];
          const state =
            answer !== undefined
              ? isSkipped(answer)
                ? 'skipped'
                : isShown(answer)
                  ? 'shown'
                  : answer.correct
                    ? 'right'
                    : 'wrong'
              : i === index
                ? 'now'
                : 'later';
          return (
            <li key={i} className="quiz-round__item" data-state={state}>
              <span className="quiz-round__mark" aria-hidden="true">
                {MARKS[state]}
              </span>
              {answer !== undefined
                ? `${QUESTION_KIND_WORDS[question.kind]} point ${question.point}`
                : i !== index
                  ? `Question ${i + 1}`
                  : // The pin's point is the answer: not named until it is given.
                    question.kind === 'name'
                    ? 'Name the pin'
                    : `${QUESTION_KIND_WORDS[question.kind]} point ${question.point}`}
              <span className="visually-hidden">: {STATE_WORDS[state]}</span>
            </li>
          );
        })}
      </ol>
      <h3 className="quiz-round__how">How to play</h3>
      <ul className="quiz-round__rules">
        <li>
          “Find” questions: tap the point on the body; turn it with a drag or the view buttons.
        </li>
        <li>
          After each answer the true point is marked with its zone, and your tap is drawn as a dot
          beside it. A tap inside the zone is right.
        </li>
        <li>
          “Name the pin” questions: a dark pin marks a point on the body; choose which one it is.
        </li>
        <li>“Show me where it is” marks the point without scoring the question.</li>
        <li>The filters above choose which points a new round asks about.</li>
      </ul>
    </section>
  );
}

const MARKS = { right: '✓', wrong: '✗', shown: '–', skipped: '–', now: '▶', later: '·' } as const;
const STATE_WORDS = {
  right: 'right',
  wrong: 'not right',
  shown: 'shown, not scored',
  skipped: 'skipped, not scored',
  now: 'asked now',
  later: 'to come',
} as const;
