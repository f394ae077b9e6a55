import './present.css';
import { useEffect, type ReactNode } from 'react';
import { DATASET } from '../../data/full-dataset';
import { BlankScreen } from './BlankScreen';
import { LeaveQuestion } from './LeaveQuestion';
import { PresentationCaption } from './PresentationCaption';
import { PresenterControls } from './PresenterControls';
import { usePresentActions } from './present-store';
import { usePostureByDefault } from './use-posture-by-default';
import { usePresenterKeys } from './use-presenter-keys';
import { useTourPlayback } from './use-tour-playback';

/**
 * Presentation mode: the chrome steps back, the body fills the screen beside a large caption,
 * clicker keys step through the points, and the evidence notice stays in a compact form.
 */
export function PresentationLayout({ stage }: { stage: ReactNode }) {
  const { evidence } = DATASET;
  usePresenterKeys();
  usePostureByDefault();
  useTourPlayback();
  const { leave } = usePresentActions();
  // However Present is left (Esc, Exit, P, the browser's Back), its blank and question go too.
  useEffect(() => leave, [leave]);
  return (
    <main className="presentation" data-testid="presentation">
      <p className="presentation__notice" role="note">
        <strong>{evidence.headline}.</strong> For learning only; see a doctor first.
      </p>
      <section className="presentation__stage" aria-label="3D body">
        {stage}
      </section>
      {/* Focusable so a keyboard alone can scroll a long caption (WCAG 2.1.1). */}
      <section className="presentation__panel" aria-label="Point shown" tabIndex={0}>
        <PresentationCaption />
      </section>
      <PresenterControls />
      <BlankScreen />
      <LeaveQuestion />
    </main>
  );
}
