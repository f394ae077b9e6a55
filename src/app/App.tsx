import { Suspense } from 'react';
import type { Dataset } from '../../points/schema';
import { BodyStageSlot } from './BodyStageSlot';
import { HandoutPicturesSlot } from './HandoutPicturesSlot';
import { HandoutView, PresentationLayout, QuizPanel } from './lazy-features';
import { DatasetContext } from '../state/dataset-context';
import { useAtlasStore } from '../state/atlas-store';
import { EvidenceNotice } from '../ui/EvidenceNotice';
import { KeyboardShortcuts } from './KeyboardShortcuts';
import { ExploreLayout } from '../features/explore/ExploreLayout';
import { LinkHints } from '../ui/LinkHints';
import { LiveMarker } from './LiveMarker';
import { SelectionAnnouncer } from '../ui/SelectionAnnouncer';
import { ModeLoading } from './ModeLoading';
import { TopBar } from '../ui/TopBar';

/** Composes the atlas for the current mode; holds no logic of its own. */
export function App({ dataset }: { dataset: Dataset }) {
  const mode = useAtlasStore((state) => state.mode);
  return (
    <DatasetContext value={dataset}>
      <div className="atlas" data-mode={mode}>
        <Suspense fallback={<ModeLoading />}>
          {mode === 'present' ? (
            <PresentationLayout stage={<BodyStageSlot />} />
          ) : (
            <>
              <TopBar />
              <EvidenceNotice />
              <LinkHints />
              {mode === 'print' ? (
                <>
                  <HandoutView />
                  <HandoutPicturesSlot />
                </>
              ) : (
                <ExploreLayout
                  stage={<BodyStageSlot />}
                  side={mode === 'quiz' ? <QuizPanel /> : undefined}
                />
              )}
            </>
          )}
          {/* Inside the boundary: React hydrates it after the rest, and "live" must mean all of it. */}
          <LiveMarker />
        </Suspense>
        <KeyboardShortcuts />
        <SelectionAnnouncer />
      </div>
    </DatasetContext>
  );
}
