import { formatCitation } from '../../data/citation-text';
import { DATASET } from '../../data/full-dataset';
import { EXPECTATIONS } from './expectations';

/**
 * What to expect, with the evidence notice: open before a person's first routine (their diary
 * is empty), one tap away after that.
 */
export function RoutineExpectations({ firstRoutine }: { firstRoutine: boolean }) {
  return (
    <details className="routine-expectations" open={firstRoutine}>
      <summary>What to expect</summary>
      <dl>
        {EXPECTATIONS.map((item) => (
          <div key={item.topic}>
            <dt>{item.topic}</dt>
            <dd>
              {item.text}
              <span className="citation">{item.citations.map(formatCitation).join('; ')}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="routine-expectations__evidence">
        <strong>{DATASET.evidence.headline}.</strong> {DATASET.evidence.statement}
      </p>
    </details>
  );
}
