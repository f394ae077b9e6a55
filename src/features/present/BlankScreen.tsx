import { usePresentActions, usePresentStore } from './present-store';

/**
 * Black over the whole presentation while blanked, as a projector's own blank button would do,
 * with one dim line for the teacher saying how to come back. A click brings the atlas back too.
 */
export function BlankScreen() {
  const blanked = usePresentStore((state) => state.blanked);
  const { toggleBlank } = usePresentActions();
  if (!blanked) return null;
  return (
    <div className="presentation-blank" data-testid="presentation-blank" onClick={toggleBlank}>
      <p role="status">Screen blanked. Press B to show the atlas again.</p>
    </div>
  );
}
