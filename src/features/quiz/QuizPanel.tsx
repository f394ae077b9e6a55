import { useEffect } from 'react';
import { buildRound, questionsIn, roundScore, ROUND_SIZES, type RoundSize } from '../../data/quiz';
import { useQuizActions, useQuizStore } from './quiz-store';
import { useVisiblePoints } from '../../state/selectors';
import { FindQuestion } from './FindQuestion';
import { NameQuestion } from './NameQuestion';
import { QuizSummary } from './QuizSummary';
import { SelfQuestion } from './SelfQuestion';
import { useQuizReveal } from './use-quiz-reveal';
import './quiz.css';

/** The quiz: a round of questions drawn from the points the filters leave, then a summary. */
export function QuizPanel() {
  const pool = useVisiblePoints();
  const { round, index, answers, bodyListening, roundSize } = useQuizStore();
  const { startRound, next, setRoundSize } = useQuizActions();
  const newRound = () =>
    startRound(buildRound(pool, Math.random, questionsIn(roundSize, pool.length)));
  // A new round whenever the quiz opens, the filters change what it draws from, or its length.
  useEffect(() => {
    startRound(buildRound(pool, Math.random, questionsIn(roundSize, pool.length)));
  }, [pool, roundSize, startRound]);
  const sizeChoice = (
    <label className="quiz__size">
      <span>Questions a round</span>
      <select
        value={String(roundSize)}
        onChange={(event) => {
          const chosen = event.target.value;
          setRoundSize(chosen === 'all' ? 'all' : (Number(chosen) as RoundSize));
        }}
      >
        {ROUND_SIZES.map((size) => (
          <option key={size} value={String(size)}>
            {size === 'all' ? `All ${pool.length}` : size}
          </option>
        ))}
      </select>
    </label>
  );
  useQuizReveal();

  if (pool.length === 0) {
    return (
      <div className="quiz" data-testid="quiz">
        <h2 className="quiz__title">Quiz</h2>
        <p className="quiz__lead">No point matches the filters, so there is nothing to ask.</p>
      </div>
    );
  }
  if (round.length > 0 && index >= round.length) {
    return (
      <QuizSummary round={round} answers={answers} onNewRound={newRound} sizeChoice={sizeChoice} />
    );
  }
  const question = round[index];
  if (question === undefined) return null;
  const answered = answers[index] !== undefined;
  return (
    <div
      className="quiz"
      data-testid="quiz"
      data-question-kind={question.kind}
      data-body-answers={bodyListening ? 'on' : 'off'}
    >
      <div className="quiz__top">
        <p className="quiz__progress">
          Question {index + 1} of {round.length} · Score {roundScore(answers)}
        </p>
        {index === 0 && answers[0] === undefined && sizeChoice}
      </div>
      {question.kind === 'find' ? (
        <FindQuestion question={question} answer={answers[index]} />
      ) : question.kind === 'name' ? (
        <NameQuestion question={question} answer={answers[index]} />
      ) : (
        <SelfQuestion question={question} answer={answers[index]} />
      )}
      {answered && (
        <button type="button" className="button quiz__next" onClick={next} autoFocus>
          {index + 1 < round.length ? 'Next question' : 'See the score'}
        </button>
      )}
    </div>
  );
}
