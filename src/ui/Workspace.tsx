import type { ReactNode } from 'react';
import './workspace.css';
import { BottomSheet } from './layout/BottomSheet';
import { useLayout } from './layout/layout-widths';
import type { SheetSize } from './layout/sheet-sizes';

/** What a mode shows in one panel where three columns do not fit (phones, small tablets). */
export interface SinglePanel {
  title: string;
  content: ReactNode;
  /** Always on screen in the phone's sheet header: one tap from the first screen (the side pane shows the full filters instead). */
  tools?: ReactNode;
  /** How far the phone's sheet opens when the mode starts (default: its header only). */
  opensAt?: SheetSize;
}

/**
 * The everyday layout: find a point on the left, the body in the middle, the mode's panel on
 * the right (a point's details in explore, the question in the quiz). Narrower, the body takes
 * the screen beside one panel (small tablets, phones on their side) or under a bottom sheet
 * (phones upright). The body keeps its place in the tree, so turning the phone never reloads it.
 */
export function Workspace({
  browse,
  stage,
  side,
  sideLabel,
  panel,
}: {
  browse: ReactNode;
  stage: ReactNode;
  side: ReactNode;
  sideLabel: string;
  panel?: SinglePanel;
}) {
  const layout = useLayout();
  const single: SinglePanel = panel ?? {
    title: sideLabel,
    content: (
      <>
        {browse}
        {side}
      </>
    ),
  };
  return (
    <main className="workspace" data-layout={layout}>
      {layout === 'wide' ? (
        <aside className="browse" aria-label="Find a point">
          {browse}
        </aside>
      ) : null}
      <section className="stage" aria-label="3D body">
        {stage}
      </section>
      {layout === 'wide' ? (
        // Focusable so a keyboard alone can scroll long details (WCAG 2.1.1, axe scrollable-region-focusable).
        <section className="details" aria-label={sideLabel} tabIndex={0}>
          {side}
        </section>
      ) : layout === 'phone' ? (
        <BottomSheet title={single.title} tools={single.tools} opensAt={single.opensAt}>
          {single.content}
        </BottomSheet>
      ) : (
        <section className="pane" aria-label={single.title} tabIndex={0}>
          {single.content}
        </section>
      )}
    </main>
  );
}
