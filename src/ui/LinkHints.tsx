import './shell.css';
import { useAtlasActions, useAtlasStore } from '../state/atlas-store';

/** Tells the user which parts of the opening link were ignored, instead of failing silently. */
export function LinkHints() {
  const hints = useAtlasStore((state) => state.linkHints);
  const { dismissLinkHints } = useAtlasActions();
  if (hints.length === 0) return null;
  return (
    <section className="link-hints" role="status" data-testid="link-hints">
      <div>
        <h2>Part of this link could not be used</h2>
        <ul>
          {hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--quiet" onClick={dismissLinkHints}>
        Dismiss
      </button>
    </section>
  );
}
