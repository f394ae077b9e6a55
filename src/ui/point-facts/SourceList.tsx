import type { Citation } from '../../../points/schema';
import { formatCitation, formatLines } from '../../data/citation-text';
import { useCitationScope } from './CitationScope';

/**
 * The numbered sources of everything above, as the marks refer to them: a list on screen, or on
 * paper one run-on paragraph that names each file once.
 */
export function SourceList({ layout }: { layout: 'list' | 'run-on' }) {
  const { numbering } = useCitationScope();
  if (layout === 'list') {
    return (
      <section className="source-list" aria-label="Sources">
        <h3>Sources</h3>
        <ol>
          {numbering.list.map((citation) => (
            <li key={formatCitation(citation)}>{formatCitation(citation)}</li>
          ))}
        </ol>
      </section>
    );
  }
  const byFile = new Map<string, { citation: Citation; number: number }[]>();
  numbering.list.forEach((citation, i) => {
    const cited = byFile.get(citation.file) ?? [];
    cited.push({ citation, number: i + 1 });
    byFile.set(citation.file, cited);
  });
  return (
    <p className="source-list">
      <strong>Sources</strong>{' '}
      {[...byFile].map(([file, cited]) => (
        <span key={file}>
          {file}: {cited.map(({ citation, number }) => runOn(citation, number)).join('; ')}.{' '}
        </span>
      ))}
    </p>
  );
}

function runOn(citation: Citation, number: number): string {
  return `[${number}] “${citation.section}”, ${formatLines(citation)}`;
}
