import { useEffect, useRef } from 'react';
import { useAtlasActions } from '../../state/atlas-store';
import { closeOnBackdrop } from '../../ui/dialog-backdrop';
import { usePresentActions, usePresentStore } from './present-store';

/**
 * Asked when Esc comes while a class follows: a clicker's stray Esc must not end the lesson's
 * view on the projector. A modal dialog, so the keys of Present rest while it is open; Esc (or
 * a tap outside) answers "Stay", which is also where focus starts.
 */
export function LeaveQuestion() {
  const asking = usePresentStore((state) => state.askingToLeave);
  const { stay } = usePresentActions();
  const { setMode } = useAtlasActions();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (asking && !element.open) element.showModal();
    if (!asking && element.open) element.close();
  }, [asking]);

  const leave = () => {
    stay();
    setMode('explore');
  };

  return (
    <dialog
      ref={dialog}
      className="dialog presentation-leave"
      aria-labelledby="presentation-leave-title"
      onClose={stay}
      onClick={closeOnBackdrop}
    >
      <h2 id="presentation-leave-title">Leave the presentation?</h2>
      <p>Your class goes on following this screen, in the ordinary view.</p>
      <div className="presentation-leave__choices">
        <button type="button" className="button" onClick={() => dialog.current?.close()} autoFocus>
          Stay
        </button>
        <button type="button" className="button button--quiet" onClick={leave}>
          Leave
        </button>
      </div>
    </dialog>
  );
}
