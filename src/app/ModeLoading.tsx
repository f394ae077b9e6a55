/** Shown for the moment a mode's code takes to arrive. */
export function ModeLoading() {
  return (
    <p className="mode-loading" role="status">
      Opening…
    </p>
  );
}
