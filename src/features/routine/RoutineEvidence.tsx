import { useRef } from 'react';
import { DATASET } from '../../data/full-dataset';
import { ContraindicationsDialog } from '../../ui/ContraindicationsDialog';

/**
 * The evidence notice, on screen through the whole routine. The same words as everywhere, set
 * tighter: on a phone the statement is cut to two lines so the body keeps its room (the check
 * and the stop show it in full).
 */
export function RoutineEvidence() {
  const { evidence } = DATASET;
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <section
      className="routine-evidence"
      aria-labelledby="routine-evidence-headline"
      data-testid="evidence-notice"
    >
      <div className="routine-evidence__text">
        <h2 id="routine-evidence-headline">{evidence.headline}</h2>
        <p>{evidence.statement}</p>
      </div>
      <button
        type="button"
        className="button button--quiet routine-button"
        onClick={() => dialog.current?.showModal()}
      >
        When not to massage
      </button>
      <ContraindicationsDialog ref={dialog} />
    </section>
  );
}
