import type { ReactNode } from 'react';
import { pointByNumber } from '../../data/dataset';
import {
  isShown,
  isSkipped,
  roundScore,
  scoredCount,
  type Answer,
  type Question,
} from '../../data/quiz';
import { DATASET } from '../../data/full-dataset';
import { QUESTION_KIND_WORDS } from './question-words';

/** The round's score and each question's result, with a way to play again. */
export function QuizSummary({
  round,
  answers,
  onNewRound,
  sizeChoice,
}: {
  round: Question[];
  answers: (Answer | undefined)[];
  onNewRound: () => void;
  /** How long the next round is, chosen here before "New round". */
  sizeChoice: ReactNode;
}) {
  const given = answers.filter((answer) => answer !== undefined);
  const skipped = given.filter(isSkipped).length;
  const shown = given.filter(isShown).length - skipped;
  const unscored = [
    shown > 0 ? `${shown} shown on request` : '',
    skipped > 0 ? `${skipped} skipped` : '',
  ].filter((words) => words !== '');
  return (
    <div className="quiz" data-testid="quiz-summary">
      <h2 className="quiz__question" tabIndex={-1} ref={(heading) => heading?.focus()}>
        Score: {roundScore(answers)} of {scoredCount(answers)}
      </h2>
      {unscored.length > 0 && (
        <p className="quiz__lead" data-testid="quiz-shown-count">
          {unscored.join(' and ')}, not scored.
        </p>
      )}
      <ol className="quiz__results">
        {round.map((question, i) => {
          const answer = answers[i];
          const correct = answer?.correct === true;
          const notScored = answer !== undefined && isShown(answer);
          return (
            <li key={i} data-correct={notScored ? 'not-scored' : correct}>
              <span className="quiz__result-mark" aria-hidden="true">
                {notScored ? '–' : correct ? '✓' : '✗'}
              </span>
              {QUESTION_KIND_WORDS[question.kind]} point {question.point},{' '}
              {pointByNumber(DATASET, question.point)?.name}:{' '}
              {notScored
                ? `${isSkipped(answer) ? 'skipped' : 'shown'}, not scored`
                : correct
                  ? 'right'
                  : 'wrong'}
            </li>
          );
        })}
      </ol>
      <div className="quiz__top">
        <button type="button" className="button quiz__next" onClick={onNewRound}>
          New round
        </button>
        {sizeChoice}
      </div>
    </div>
  );
}
