import { useEffect } from 'react';
import { buildRound, roundScore } from '../../data/quiz';
import { useQuizActions, useQuizStore } from './quiz-store';
import { useVisiblePoints } from '../../state/selectors';
import { FindQuestion } from './FindQuestion';
import { QuizSummary } from './QuizSummary';
import { SelfQuestion } from './SelfQuestion';
import { useQuizReveal } from './use-quiz-reveal';
import './quiz.css';

/** The quiz: a round of questions drawn from the points the filters leave, then a summary. */
export function QuizPanel() {
  const pool = useVisiblePoints();
  const { round, index, answers, bodyListening } = useQuizStore();
  const { startRound, next } = useQuizActions();
  const newRound = () => startRound(buildRound(pool, Math.random));
  // A new round whenever the quiz opens or the filters change what it draws from.
  useEffect(() => {
    startRound(buildRound(pool, Math.random));
  }, [pool, startRound]);
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
    return <QuizSummary round={round} answers={answers} onNewRound={newRound} />;
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
      <p className="quiz__progress">
        Question {index + 1} of {round.length} · Score {roundScore(answers)}
      </p>
      {question.kind === 'find' ? (
        <FindQuestion question={question} answer={answers[index]} />
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
