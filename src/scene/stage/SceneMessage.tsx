/** A plain message in the 3D area when the body cannot be shown; the list still works. */
export function SceneMessage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="scene-message" role="status" data-testid="scene-message">
      <p className="scene-message__title">{title}</p>
      <p>{children}</p>
      <p>The list, filters and details work without it.</p>
    </div>
  );
}
