import './shell.css';
import { useId, useRef, useState } from 'react';
import { useDatasetSummary } from '../state/dataset-context';
import { ContraindicationsDialog } from './ContraindicationsDialog';

/** Always on screen: these points rest on unverified popular sources, not on evidence. */
export function EvidenceNotice() {
  const { evidence } = useDatasetSummary();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return (
    <section
      className="evidence-notice"
      aria-labelledby="evidence-headline"
      data-testid="evidence-notice"
      data-open={open}
    >
      {/* On a phone the notice is this one line until tapped; it never goes away. */}
      <button
        type="button"
        className="evidence-notice__summary"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        <span className="evidence-notice__summary-headline">{evidence.headline}</span>
        <span aria-hidden="true"> · </span>
        <span className="evidence-notice__why">{open ? 'Less' : 'Why?'}</span>
      </button>
      <span className="evidence-notice__icon" aria-hidden="true">
        !
      </span>
      <div className="evidence-notice__text" id={bodyId}>
        <h2 id="evidence-headline">{evidence.headline}</h2>
        {/* Element Timing: `npm run bench` reads when the notice and the list are painted. */}
        <p elementtiming="first-screen-notice">{evidence.statement}</p>
      </div>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          const own = dialog.current;
          if (own === null) return;
          // A modal dialog keeps focus inside and gives it back on closing; focusing its title
          // (not the Close button at its end) opens it scrolled to the top.
          own.showModal();
          own.querySelector<HTMLElement>('h2')?.focus();
          own.scrollTop = 0;
        }}
      >
        When not to massage
      </button>
      <ContraindicationsDialog ref={dialog} />
    </section>
  );
}
