import type { Point } from '../../../points/schema';
import { describeRule } from '../../data/describe-rule';

/** The rule the 3D placement follows, as steps, with every assumption marked. */
export function PlacementRule({ point }: { point: Point }) {
  const { start, steps } = describeRule(point);
  const { assumptions } = point.location;
  return (
    <div className="placement-rule">
      <h4>How the atlas places it</h4>
      <ol className="steps">
        <li>{start}.</li>
        {steps.map((step) => (
          <li key={step.text}>
            {step.text.charAt(0).toUpperCase() + step.text.slice(1)}.
            {step.assumed && <span className="badge badge--assumed">our reading</span>}
          </li>
        ))}
        {point.symmetry === 'pair' && <li>Mirror it to the other side: the point is a pair.</li>}
      </ol>
      {assumptions.length > 0 && (
        <div className="assumptions">
          <h4>Assumptions taken</h4>
          <ul>
            {assumptions.map((assumption) => (
              <li key={assumption}>{assumption}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
