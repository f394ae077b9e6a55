import { useDatasetSummary } from '../../state/dataset-context';

/** Shown while no point is selected: how to use the atlas. */
export function Welcome() {
  const { points, technique } = useDatasetSummary();
  const pairs = points.filter((p) => p.symmetry === 'pair').length;
  return (
    <article className="welcome" data-testid="welcome">
      <h2>Choose a point</h2>
      <p className="lead">
        The source lists {points.length} points: {pairs} left-and-right pairs and{' '}
        {points.length - pairs} single points on the midline. Pick one from the list to see where it
        is, how it is worked, and where the sources disagree.
      </p>
      {technique.length > 0 && (
        <>
          <h3>How the source says to press</h3>
          <ul>
            {technique.map((item) => (
              <li key={item.text}>{item.text}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
