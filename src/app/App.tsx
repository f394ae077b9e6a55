import { Suspense } from 'react';
import type { DatasetSummary } from '../../points/dataset-parts';
import { DatasetContext } from '../state/dataset-context';
import { useAtlasStore } from '../state/atlas-store';
import type { Mode } from '../state/modes';
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
export function App({ dataset }: { dataset: DatasetSummary }) {
  const mode = useAtlasStore((state) => state.mode);
  return (
    <DatasetContext value={dataset}>
      <div className="atlas" data-mode={mode}>
        {mode === 'explore' ? (
          // Exploring loads nothing lazily, so it has no Suspense boundary: the prerendered first
          // screen hydrates with the root at once. Inside a boundary React held its hydration
          // back for 300 ms (it spaces out the reveals of suspended content), and with it the
          // first screen's buttons and the 3D view.
          <ModeScreen mode={mode} />
        ) : (
          <Suspense fallback={<ModeLoading />}>
            <ModeScreen mode={mode} />
          </Suspense>
        )}
        <ClassSlot />
        <KeyboardShortcuts />
        <SelectionAnnouncer />
      </div>
    </DatasetContext>
  );
}

/** The current mode's layout; its lazily loaded parts suspend to the boundary around it. */
function ModeScreen({ mode }: { mode: Mode }) {
  return (
    <>
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
      {/* With the mode's own parts: "live" means all of it has been drawn or hydrated. */}
      <LiveMarker />
    </>
  );
}
