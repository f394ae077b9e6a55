import type { Ref } from 'react';
import { formatCitation } from '../data/citation-text';
import { useDatasetSummary } from '../state/dataset-context';

/** The document's general warnings against massage, one click from the notice. */
export function ContraindicationsDialog({ ref }: { ref: Ref<HTMLDialogElement> }) {
  const { contraindications, evidence } = useDatasetSummary();
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="contraindications-title">
      {/* Focused on opening (EvidenceNotice): the dialog opens at its title and first warning. */}
      <h2 id="contraindications-title" tabIndex={-1}>
        When not to massage
      </h2>
      <p>
        The source document gives these general warnings for massage. They are not a complete
        medical list. {evidence.headline}.
      </p>
      <ul className="contraindications">
        {contraindications.map((item) => (
          <li key={item.text}>
            {item.text}
            <span className="citation">{item.citations.map(formatCitation).join('; ')}</span>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        onClick={(event) => event.currentTarget.closest('dialog')?.close()}
      >
        Close
      </button>
    </dialog>
  );
}
