import type { Ref } from 'react';
import { formatCitation } from '../data/citation-text';
import { useDatasetSummary } from '../state/dataset-context';
import { closeOnBackdrop } from './dialog-backdrop';

/**
 * The document's general warnings against massage, one click from the notice: the conditions to
 * wait for, then what to do while massaging, with the sources one tap further. Closes from its
 * top, with Escape (the browser's own) and with a tap outside it.
 */
export function ContraindicationsDialog({ ref }: { ref: Ref<HTMLDialogElement> }) {
  const { contraindications, evidence } = useDatasetSummary();
  const conditions = contraindications.filter((item) => item.kind === 'condition');
  const instructions = contraindications.filter((item) => item.kind === 'instruction');
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="contraindications-title"
      onClick={closeOnBackdrop}
    >
      <div className="dialog__head">
        {/* Focused on opening (EvidenceNotice): the dialog opens at its title and first warning. */}
        <h2 id="contraindications-title" tabIndex={-1}>
          When not to massage
        </h2>
        <button
          type="button"
          className="button button--quiet dialog__close"
          onClick={(event) => event.currentTarget.closest('dialog')?.close()}
        >
          Close
        </button>
      </div>
      <p>
        The source document gives these general warnings for massage. They are not a complete
        medical list. {evidence.headline}.
      </p>
      <h3>Wait, and ask a doctor, with</h3>
      <ul className="contraindications">
        {conditions.map((item) => (
          <li key={item.text}>{item.text}</li>
        ))}
      </ul>
      <h3>While massaging</h3>
      <ul className="contraindications">
        {instructions.map((item) => (
          <li key={item.text}>{item.text}</li>
        ))}
      </ul>
      <details className="dialog__sources">
        <summary>Sources</summary>
        <ul>
          {contraindications.map((item) => (
            <li key={item.text}>
              {item.text}
              <span className="citation">{item.citations.map(formatCitation).join('; ')}</span>
            </li>
          ))}
        </ul>
      </details>
    </dialog>
  );
}
