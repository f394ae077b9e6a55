import './workspace.css';

/**
 * Holds the 3D area while its code loads, or says plainly that it could not load (the network
 * dropped on a first visit, say) and offers to try again; the list and details work either way.
 */
export function ScenePlaceholder({
  failed = false,
  onRetry,
}: {
  failed?: boolean;
  onRetry?: () => void;
}) {
  return (
    <div
      className="scene-placeholder"
      data-testid="scene-placeholder"
      data-state={failed ? 'failed' : 'loading'}
    >
      {/* The button stays out of the announcement: only the words are read out. */}
      <div className="scene-placeholder__words" role={failed ? 'alert' : 'status'}>
        <p className="scene-placeholder__title">
          {failed ? 'The 3D view could not be loaded' : 'Loading the 3D view…'}
        </p>
        <p>The list and details already work.</p>
      </div>
      {failed && onRetry !== undefined && (
        <button
          type="button"
          className="button button--quiet scene-placeholder__retry"
          onClick={onRetry}
        >
          Try again
        </button>
      )}
    </div>
  );
}
