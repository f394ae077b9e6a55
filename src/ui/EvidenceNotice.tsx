import './shell.css';
import { useRef } from 'react';
import { useDataset } from '../state/dataset-context';
import { ContraindicationsDialog } from './ContraindicationsDialog';

/** Always on screen: these points rest on unverified popular sources, not on evidence. */
export function EvidenceNotice() {
  const { evidence } = useDataset();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <section
      className="evidence-notice"
      aria-labelledby="evidence-headline"
      data-testid="evidence-notice"
    >
      <span className="evidence-notice__icon" aria-hidden="true">
        !
      </span>
      <div className="evidence-notice__text">
        <h2 id="evidence-headline">{evidence.headline}</h2>
        {/* Element Timing: `npm run bench` reads when the notice and the list are painted. */}
        <p elementtiming="first-screen-notice">{evidence.statement}</p>
      </div>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => dialog.current?.showModal()}
      >
        When not to massage
      </button>
      <ContraindicationsDialog ref={dialog} />
    </section>
  );
}
