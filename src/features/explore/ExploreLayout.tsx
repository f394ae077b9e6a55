import type { ReactNode } from 'react';
import { FilterPanel } from './FilterPanel';
import { PointDetails } from './PointDetails';
import { PointList } from './PointList';

/**
 * The everyday layout: find a point on the left, the body in the middle, the details on the
 * right. `side` replaces the details panel (the quiz uses it).
 */
export function ExploreLayout({ stage, side }: { stage: ReactNode; side?: ReactNode }) {
  return (
    <main className="workspace">
      <aside className="browse" aria-label="Find a point">
        <FilterPanel />
        <PointList />
      </aside>
      <section className="stage" aria-label="3D body">
        {stage}
      </section>
      {/* Focusable so a keyboard alone can scroll long details (WCAG 2.1.1, axe scrollable-region-focusable). */}
      <section
        className="details"
        aria-label={side === undefined ? 'Point details' : 'Quiz'}
        tabIndex={0}
      >
        {side ?? <PointDetails />}
      </section>
    </main>
  );
}
