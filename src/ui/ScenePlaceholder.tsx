/** Marks where the 3D body will sit; says so plainly rather than faking a picture. */
export function ScenePlaceholder() {
  return (
    <div className="scene-placeholder" data-testid="scene-placeholder">
      <p className="scene-placeholder__title">3D body</p>
      <p>The interactive body is not part of this version yet. Every point is in the list.</p>
    </div>
  );
}
