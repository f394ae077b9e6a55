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
import { ExplorePanel } from '../features/explore/ExplorePanel';
import { SelfMassageToggle } from '../features/explore/SelfMassageToggle';
import { RoutineEntry } from '../features/routine/RoutineEntry';
import { Legend } from '../scene/markers/Legend';
import { BodyStageSlot } from './BodyStageSlot';
import { KeyboardShortcuts } from './KeyboardShortcuts';
import { ClassSlot } from './ClassSlot';
import {
  ClassBodyParts,
  HandoutView,
  PointPictureMaker,
  PresentationLayout,
  QuizBodyClicks,
  QuizPanel,
  QuizRound,
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
            <PresentationLayout stage={<BodyStageSlot parts={<ClassBodyParts />} />} />
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
                  // The list's tags would give the self-massage answers away: the round instead.
                  browse={
                    <>
                      <FilterPanel />
                      <QuizRound />
                    </>
                  }
                  stage={<BodyStageSlot parts={<QuizBodyClicks />} />}
                  side={<QuizPanel />}
                  sideLabel="Quiz"
                  // On a phone the question comes first, open far enough to read it.
                  panel={{
                    title: 'Quiz',
                    content: (
                      <>
                        <QuizPanel />
                        <FilterPanel />
                      </>
                    ),
                    opensAt: 'half',
                  }}
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
                  stage={<BodyStageSlot parts={<ClassBodyParts />} />}
                  side={<PointDetails />}
                  sideLabel="Point details"
                  panel={{
                    title: 'Find a point',
                    content: (
                      <>
                        <RoutineEntry />
                        <ExplorePanel />
                        {/* On a phone the key to the colours lives here, not over the body. */}
                        <Legend />
                      </>
                    ),
                    tools: <SelfMassageToggle />,
                  }}
                />
              )}
            </>
          )}
          {/* Inside the boundary: React hydrates it after the rest, and "live" must mean all of it. */}
          <LiveMarker />
        </Suspense>
        <ClassSlot />
        <KeyboardShortcuts />
        <SelectionAnnouncer />
      </div>
    </DatasetContext>
  );
}
