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
      role="status"
      data-testid="scene-placeholder"
      data-state={failed ? 'failed' : 'loading'}
    >
      <p className="scene-placeholder__title">
        {failed ? 'The 3D view could not be loaded' : 'Loading the 3D view…'}
      </p>
      <p>The list and details already work.</p>
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
