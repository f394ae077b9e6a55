import type { ReactNode } from 'react';
import type { Answer } from '../../data/quiz';

/** The verdict in words first, so it reads the same without colour; details below it. */
export function QuizFeedback({
  answer,
  correct,
  children,
}: {
  answer: Answer;
  correct: boolean;
  children?: ReactNode;
}) {
  return (
    <div
      className="quiz__feedback"
      data-correct={correct}
      data-testid="quiz-feedback"
      role="status"
    >
      <p className="quiz__verdict">{verdict(answer)}</p>
      {children}
    </div>
  );
}

function verdict(answer: Answer): string {
  const word = answer.correct ? 'correct' : 'not quite';
  if (answer.kind === 'find' && answer.via === 'body') {
    const distance = answer.distanceFingerWidths;
    const where = distance < 0.05 ? 'Right on the point' : `${formatFingerWidths(distance)} away`;
    return `${where} — ${word}`;
  }
  if (answer.kind === 'find') return 'Shown, not scored';
  if (answer.kind === 'name' && answer.via === 'shown') return 'Skipped, not scored';
  return answer.correct ? 'Correct' : 'Not quite';
}

export function formatFingerWidths(value: number): string {
  const shown = value < 10 ? value.toFixed(1) : value.toFixed(0);
  return `${shown} finger-width${shown === '1.0' ? '' : 's'}`;
}
