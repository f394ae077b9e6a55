/** Shown instead of the atlas when points.json fails validation: every problem, by point and field. */
export function DatasetErrorScreen({ errors }: { errors: string[] }) {
  return (
    <main className="dataset-error" data-testid="dataset-error">
      <h1>The point dataset has problems</h1>
      <p>
        The atlas checked <code>points/points.json</code> and found {errors.length}{' '}
        {errors.length === 1 ? 'problem' : 'problems'}. Nothing was changed; fix the file and
        reload.
      </p>
      <ol>
        {errors.map((error) => (
          <li key={error}>
            <code>{error}</code>
          </li>
        ))}
      </ol>
    </main>
  );
}
