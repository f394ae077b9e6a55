import { useRef } from 'react';
import { formatCitation } from '../../data/citation-text';
import { DATASET } from '../../data/full-dataset';
import { checkComplete, type RoutineState } from './routine-engine';
import { useRoutineActions } from './routine-store';

/**
 * Before the first point: the source's own warnings ("When not to massage") as yes/no
 * questions. The routine goes on only when every one is answered, and any "yes" stops it.
 */
export function RoutineCheck({ routine }: { routine: RoutineState }) {
  const { contraindications, evidence } = DATASET;
  const { answer, submitCheck } = useRoutineActions();
  const unanswered = routine.answers.filter((a) => a === null).length;
  const hint = useRef<HTMLParagraphElement>(null);
  return (
    <form
      className="routine-check"
      aria-labelledby="routine-check-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (!checkComplete(routine)) hint.current?.focus();
        submitCheck();
      }}
    >
      <h2 id="routine-check-title">First, a check</h2>
      <p>
        The source names times when massage should wait. Does any of these apply to you now? If you
        are unsure, answer yes.
      </p>
      <p className="routine-check__evidence">
        <strong>{evidence.headline}.</strong> {evidence.statement}
      </p>
      <ol className="routine-check__list">
        {contraindications.map((item, index) => {
          const name = `routine-check-${index}`;
          return (
            <li key={item.text}>
              <fieldset className="routine-question">
                <legend>
                  {item.text}
                  <span className="citation">
                    {item.citations.slice(0, 1).map(formatCitation).join('; ')}
                  </span>
                </legend>
                {(['yes', 'no'] as const).map((value) => (
                  <label key={value} className="routine-choice">
                    <input
                      type="radio"
                      name={name}
                      value={value}
                      checked={routine.answers[index] === value}
                      onChange={() => answer(index, value)}
                    />
                    <span>{value === 'yes' ? 'Yes' : 'No'}</span>
                  </label>
                ))}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p ref={hint} tabIndex={-1} className="routine-check__hint" aria-live="polite">
        {unanswered > 0
          ? `${unanswered} of ${routine.answers.length} still to answer.`
          : 'All answered.'}
      </p>
      <button type="submit" className="button routine-button" aria-disabled={unanswered > 0}>
        Continue
      </button>
    </form>
  );
}
