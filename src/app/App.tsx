import { Suspense } from 'react';
import type { Dataset } from '../../points/schema';
import { DatasetContext } from '../state/dataset-context';
import { useAtlasStore } from '../state/atlas-store';
import { EvidenceNotice } from '../ui/EvidenceNotice';
import { LinkHints } from '../ui/LinkHints';
import { SelectionAnnouncer } from '../ui/SelectionAnnouncer';
import { TopBar } from '../ui/TopBar';
import { Workspace } from '../ui/Workspace';
import { FilterPanel } from '../features/explore/FilterPanel';
import { PointDetails } from '../features/explore/PointDetails';
import { PointList } from '../features/explore/PointList';
import { RoutineEntry } from '../features/routine/RoutineEntry';
import { BodyStageSlot } from './BodyStageSlot';
import { KeyboardShortcuts } from './KeyboardShortcuts';
import {
  HandoutView,
  PointPictureMaker,
  PresentationLayout,
  QuizBodyClicks,
  QuizPanel,
  RoutineView,
} from './lazy-features';
import { LiveMarker } from './LiveMarker';
import { ModeLoading } from './ModeLoading';

/** Composes the atlas for the current mode: the one place where the features meet. */
export function App({ dataset }: { dataset: Dataset }) {
  const mode = useAtlasStore((state) => state.mode);
  return (
    <DatasetContext value={dataset}>
      <div className="atlas" data-mode={mode}>
        <Suspense fallback={<ModeLoading />}>
          {mode === 'present' ? (
            <PresentationLayout stage={<BodyStageSlot />} />
          ) : mode === 'routine' ? (
            <RoutineView stage={<BodyStageSlot />} />
          ) : (
            <>
              <TopBar />
              <EvidenceNotice />
              <LinkHints />
              {mode === 'print' ? (
                <>
                  <HandoutView />
                  <Suspense fallback={null}>
                    <PointPictureMaker />
                  </Suspense>
                </>
              ) : mode === 'quiz' ? (
                <Workspace
                  // The list's tags would give the self-massage answers away: filters only.
                  browse={<FilterPanel />}
                  stage={<BodyStageSlot parts={<QuizBodyClicks />} />}
                  side={<QuizPanel />}
                  sideLabel="Quiz"
                />
              ) : (
                <Workspace
                  browse={
                    <>
                      <FilterPanel />
                      <RoutineEntry />
                      <PointList />
                    </>
                  }
                  stage={<BodyStageSlot />}
                  side={<PointDetails />}
                  sideLabel="Point details"
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
