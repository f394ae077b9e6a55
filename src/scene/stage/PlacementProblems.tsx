import { useSceneStore } from '../scene-store';

/** Names each point the body could not place; every other point is still on the body. */
export function PlacementProblems() {
  const problems = useSceneStore((state) => state.placementProblems);
  if (problems.length === 0) return null;
  return (
    <div className="placement-problems" role="alert" data-testid="placement-problems">
      <p>
        <strong>
          {problems.length === 1 ? 'One point' : `${problems.length} points`} could not be placed on
          the body;
        </strong>{' '}
        the others are shown. Check those points in points/points.json against the landmark table in
        models/.
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
