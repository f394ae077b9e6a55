import { useId } from 'react';
import { DATASET } from '../../data/full-dataset';
import { anyApplies, type RoutineState } from './routine-engine';
import { useRoutineActions } from './routine-store';
import { CautionSources } from './CautionSources';
import { conditionsOf } from './cautions';

/**
 * Before the first point: the source's conditions for not massaging, as one list and one
 * question. "None of these apply to me" goes on in one tap; "Some apply" asks which, and any
 * marked condition stops the routine. The instructions for while pressing are not asked here:
 * the plan shows them as rules to read.
 */
export function RoutineCheck({ routine }: { routine: RoutineState }) {
  const conditions = conditionsOf(DATASET);
  const { noneApply, someApply, markCondition, submitCheck } = useRoutineActions();
  const hintId = useId();
  const marking = routine.declared === 'some';
  const marked = routine.applies.filter(Boolean).length;
  return (
    <section className="routine-check" aria-labelledby="routine-check-title">
      <h2 id="routine-check-title" tabIndex={-1} data-screen-heading>
        First, a check
      </h2>
      <p>
        The source names times when massage should wait. Does any of these apply to you now? If you
        are not sure about one, count it as applying.
      </p>
      {marking ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitCheck();
          }}
        >
          <fieldset className="routine-check__marks" aria-describedby={hintId}>
            <legend>Mark each one that applies to you now</legend>
            {conditions.map((item, index) => (
              <label key={item.text} className="routine-condition">
                <input
                  type="checkbox"
                  checked={routine.applies[index] ?? false}
                  onChange={(event) => markCondition(index, event.currentTarget.checked)}
                />
                <span>{item.text}</span>
              </label>
            ))}
          </fieldset>
          <p id={hintId} className="routine-check__hint" aria-live="polite">
            {marked === 0
              ? 'Nothing marked yet. Mark what applies, or choose "None of these apply to me".'
              : `${marked} marked.`}
          </p>
          <div className="routine-actions">
            <button
              type="submit"
              className="button routine-button"
              aria-disabled={!anyApplies(routine)}
            >
              Continue
            </button>
            {marked === 0 && (
              <button
                type="button"
                className="button button--quiet routine-button"
                onClick={noneApply}
              >
                None of these apply to me
              </button>
            )}
          </div>
        </form>
      ) : (
        <>
          <ul className="routine-check__list">
            {conditions.map((item) => (
              <li key={item.text}>{item.text}</li>
            ))}
          </ul>
          <div className="routine-actions">
            <button type="button" className="button routine-button" onClick={noneApply}>
              None of these apply to me
            </button>
            <button
              type="button"
              className="button button--quiet routine-button"
              onClick={someApply}
            >
              Some apply
            </button>
          </div>
        </>
      )}
      <CautionSources cautions={conditions} />
      <p className="routine-check__evidence">
        <strong>{DATASET.evidence.headline}.</strong> {DATASET.evidence.statement}
      </p>
    </section>
  );
}
