import type { Point } from '../../../points/schema';
import { describeRule } from '../../data/describe-rule';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The rule the 3D placement follows (the guide on the body draws the same steps), every reading
 * the atlas had to choose marked. `steps` is a numbered list; `inline` one sentence, for paper.
 */
export function PlacementRule({
  point,
  layout,
  withAssumptions,
}: {
  point: Point;
  layout: 'steps' | 'inline';
  withAssumptions: boolean;
}) {
  const { start, steps } = describeRule(point);
  if (layout === 'inline') {
    return (
      <p className="placement-rule placement-rule--inline">
        <strong>Landmark and offsets:</strong> {start}
        {steps.map((step) => `, then ${step.text}${step.assumed ? ' (our reading)' : ''}`).join('')}
        .
      </p>
    );
  }
  const { assumptions } = point.location;
  return (
    <div className="placement-rule">
      <h4>How to find it, step by step</h4>
      <ol className="steps" aria-label="How to find it">
        <li>{start}.</li>
        {steps.map((step) => (
          <li key={step.text}>
            {capitalised(step.text)}.
            {step.assumed && <span className="badge badge--assumed">our reading</span>}
          </li>
        ))}
        {point.symmetry === 'pair' && <li>Mirror it to the other side: the point is a pair.</li>}
      </ol>
      {withAssumptions && assumptions.length > 0 && (
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
