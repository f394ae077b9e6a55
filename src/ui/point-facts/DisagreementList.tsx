import type { Disagreement } from '../../../points/schema';
import { DISAGREEMENT_KIND_LABELS, OTHER_SOURCE_LABEL } from '../../data/labels';
import { SourceMark } from './SourceMark';

export type DisagreementStyle = 'full' | 'lines' | 'short';

/**
 * Where the lists disagree or are unclear, shown rather than resolved; a warning from another
 * document is badged as such, since it is no disagreement inside the article. `full` opens each with
 * its summary and the reading the atlas takes; `lines` is one line per disagreement, for the
 * projector; `short` is the question and the reading taken, for paper.
 */
export function DisagreementList({
  items,
  style,
  heading,
}: {
  items: readonly Disagreement[];
  style: DisagreementStyle;
  heading: string;
}) {
  if (items.length === 0) return null;
  if (style === 'full') {
    return (
      <section className="disagreements" data-testid="disagreements">
        <h3>
          <span className="badge badge--disputed" aria-hidden="true">
            ≠
          </span>{' '}
          {heading}
        </h3>
        {items.map((item) => (
          <details key={item.id} open>
            <summary>
              <span className="disagreement-id">{item.id}</span> {item.title}
              <span
                className={`badge ${item.kind === 'unclear' ? 'badge--unclear' : 'badge--disputed'} disagreement-kind`}
              >
                {DISAGREEMENT_KIND_LABELS[item.kind]}
              </span>
              {item.origin === 'other-source' && (
                <span className="badge badge--assumed" data-origin="other-source">
                  {OTHER_SOURCE_LABEL}
                </span>
              )}
            </summary>
            <p>
              {item.summary}
              <SourceMark citations={item.citations} />
            </p>
            {item.readingTaken !== undefined && (
              <p>
                <strong>Reading used here:</strong> {item.readingTaken}
              </p>
            )}
          </details>
        ))}
      </section>
    );
  }
  return (
    <section className={`disagreements disagreements--${style}`} data-testid="disagreements">
      <h3>{heading}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {style === 'lines' ? (
              <>
                <span className="disagreement-id">{item.id}</span> {item.title}
              </>
            ) : (
              <>
                {sentence(item.title)}
                {item.readingTaken !== undefined && ` Atlas reading: ${item.readingTaken}`}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Disagreement titles are headings; a full stop lets them run on into the reading. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
