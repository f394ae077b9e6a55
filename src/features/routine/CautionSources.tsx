import type { Contraindication } from '../../../points/schema';
import { formatCitation } from '../../data/citation-text';

/** Where each caution comes from, closed by default: the list itself stays short to read. */
export function CautionSources({ cautions }: { cautions: readonly Contraindication[] }) {
  return (
    <details className="routine-sources">
      <summary>Source</summary>
      <ul>
        {cautions.map((item) => (
          <li key={item.text}>
            <span className="routine-sources__what">{item.text}</span>
            <span className="citation">{item.citations.map(formatCitation).join('; ')}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
