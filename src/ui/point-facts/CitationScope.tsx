import { createContext, useContext, useId, useMemo, type ReactNode } from 'react';
import type { Citation } from '../../../points/schema';
import { citationMarks, type CitationMarks } from '../../data/citation-marks';

/**
 * How source marks show: a button that opens its source (on screen), a plain number that points
 * at the source list (on paper), or not at all (the projector's caption, read from afar).
 */
export type MarkStyle = 'open' | 'number' | 'none';

interface Scope {
  numbering: CitationMarks;
  /** Unique per scope, so two scopes on one page never share popover ids. */
  idPrefix: string;
  marks: MarkStyle;
}

const CitationScopeContext = createContext<Scope | null>(null);

/** Numbers the given citations once, for the source marks and the source list inside it. */
export function CitationScope({
  citations,
  marks = 'open',
  children,
}: {
  citations: readonly Citation[];
  marks?: MarkStyle;
  children: ReactNode;
}) {
  const idPrefix = useId();
  const numbering = useMemo(() => citationMarks(citations), [citations]);
  const scope = useMemo(() => ({ numbering, idPrefix, marks }), [numbering, idPrefix, marks]);
  return <CitationScopeContext value={scope}>{children}</CitationScopeContext>;
}

export function useCitationScope(): Scope {
  const scope = useContext(CitationScopeContext);
  if (scope === null) throw new Error('source marks must be inside a <CitationScope>');
  return scope;
}
