import type { ReactNode } from 'react';
import './workspace.css';

/**
 * The everyday layout: find a point on the left, the body in the middle, the mode's panel on
 * the right (a point's details in explore, the question in the quiz).
 */
export function Workspace({
  browse,
  stage,
  side,
  sideLabel,
}: {
  browse: ReactNode;
  stage: ReactNode;
  side: ReactNode;
  sideLabel: string;
}) {
  return (
    <main className="workspace">
      <aside className="browse" aria-label="Find a point">
        {browse}
      </aside>
      <section className="stage" aria-label="3D body">
        {stage}
      </section>
      {/* Focusable so a keyboard alone can scroll long details (WCAG 2.1.1, axe scrollable-region-focusable). */}
      <section className="details" aria-label={sideLabel} tabIndex={0}>
        {side}
      </section>
    </main>
  );
}
