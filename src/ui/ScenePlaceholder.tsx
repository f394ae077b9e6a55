import './workspace.css';

/** Holds the 3D area while its code loads. */
export function ScenePlaceholder() {
  return (
    <div className="scene-placeholder" role="status" data-testid="scene-placeholder">
      <p className="scene-placeholder__title">Loading the 3D view…</p>
      <p>The list and details already work.</p>
    </div>
  );
}
