import { pointByNumber } from '../../data/dataset';
import { NAME_SKIPPED, scoreName, type Answer, type Question } from '../../data/quiz';
import { DATASET } from '../../data/full-dataset';
import { useQuizActions, useQuizStore } from './quiz-store';
import { QuizFeedback } from './QuizFeedback';

type NameQuestionOf = Extract<Question, { kind: 'name' }>;

/**
 * "Which point is the pin on?": the body shows a pin, unnamed, and the learner chooses among a
 * few points by number and name (the pin's neighbours first). Until it is answered, nothing
 * on screen or read aloud says which point is pinned; the pin carries no label.
 */
export function NameQuestion({ question, answer }: { question: NameQuestionOf; answer?: Answer }) {
  const { answer: record } = useQuizActions();
  const bodyListening = useQuizStore((state) => state.bodyListening);
  const pinned = useQuizStore((state) => state.pin !== null);
  const unplaceable = useQuizStore((state) => state.pinUnplaceable);
  const point = pointByNumber(DATASET, question.point);
  if (point === undefined) return null;
  const chosen = answer?.kind === 'name' && answer.via === 'choice' ? answer.chosen : null;
  const chosenPoint = chosen === null ? undefined : pointByNumber(DATASET, chosen);
  return (
    <>
      <h2 className="quiz__question" id="quiz-question">
        {answer === undefined
          ? 'Which point is the pin on?'
          : `The pin is on point ${point.number}: ${point.name}`}
      </h2>
      {answer === undefined ? (
        <>
          <p className="quiz__lead">{leadFor(bodyListening, pinned, unplaceable)}</p>
          {pinned && (
            <div
              className="quiz__choices"
              role="group"
              aria-labelledby="quiz-question"
              ref={focusFirstChoiceIfNothingHasFocus}
            >
              {question.choices.map((number) => (
                <button
                  key={number}
                  type="button"
                  className="quiz__choice"
                  onClick={() => record(scoreName(question, number))}
                >
                  <span className="quiz__choice-number">{number}</span>
                  {pointByNumber(DATASET, number)?.name}
                </button>
              ))}
            </div>
          )}
          {/* Always there: a pin someone cannot see (a screen reader's user) need not be guessed. */}
          <button
            type="button"
            className="quiz__choice quiz__show"
            onClick={() => record(NAME_SKIPPED)}
          >
            Skip this one (no score)
          </button>
        </>
      ) : (
        <QuizFeedback answer={answer} correct={answer.correct}>
          {chosenPoint !== undefined && !answer.correct && (
            <p className="quiz__verdict-detail">
              Your choice, point {chosenPoint.number} ({chosenPoint.name}), lies elsewhere:{' '}
              {chosenPoint.location.description}
            </p>
          )}
          <p className="quiz__verdict-detail">Where it is: {point.location.description}</p>
          {bodyListening && (
            <p className="quiz__hint">
              {answer.kind === 'name' && answer.via === 'choice'
                ? 'The point is now marked on the body where the pin was, with its zone.'
                : 'The point is now marked on the body, with its zone.'}
            </p>
          )}
        </QuizFeedback>
      )}
    </>
  );
}

function leadFor(bodyListening: boolean, pinned: boolean, unplaceable: boolean): string {
  if (!bodyListening) return 'The 3D body is not there to show the pin: skip this one.';
  if (pinned)
    return 'The dark pin with a white ring marks a point. Turn the body if you like; which point is it?';
  if (unplaceable) return 'The pin could not be placed on this body: skip this one.';
  return 'The pin is being placed on the body…';
}

/**
 * The choices come a moment after the question (once the pin is framed): a keyboard's focus
 * left on nothing goes to the first, so it is not stranded at the top of the page.
 */
function focusFirstChoiceIfNothingHasFocus(group: HTMLDivElement | null) {
  const focused = document.activeElement;
  if (group !== null && (focused === null || focused === document.body))
    group.querySelector('button')?.focus();
}
