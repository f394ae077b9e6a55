import { Suspense, type ReactNode } from 'react';
import type { DatasetSummary } from '../../points/dataset-parts';
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
import { RoutineShortcut } from '../features/routine/RoutineShortcut';
import { Legend } from '../scene/markers/Legend';
import { BodyStageSlot } from './BodyStageSlot';
import { KeyboardShortcuts } from './KeyboardShortcuts';
import { ClassSlot } from './ClassSlot';
import {
  ClassBodyParts,
  HandoutView,
  PointPictureMaker,
  PresentationLayout,
  PresentPen,
  QuizBodyClicks,
  QuizPanel,
  QuizRound,
  RoutineView,
} from './lazy-features';
import { LiveMarker } from './LiveMarker';
import { ModeLoading } from './ModeLoading';

/**
 * Composes the atlas for the current mode: the one place where the features meet. Suspense
 * boundaries sit around the lazily loaded parts only. Around the whole screen, one would hold
 * the prerendered first screen's hydration back by 300 ms (React spaces out the reveals of
 * suspended content), and with it the buttons and the 3D view; and explore itself must not
 * suspend outside one of them.
 */
export function App({ dataset }: { dataset: DatasetSummary }) {
  const mode = useAtlasStore((state) => state.mode);
  return (
    <DatasetContext value={dataset}>
      <div className="atlas" data-mode={mode}>
        {mode === 'present' ? (
          <Lazily marksLive>
            <PresentationLayout
              stage={
                <BodyStageSlot
                  parts={
                    <>
                      <ClassBodyParts />
                      <PresentPen />
                    </>
                  }
                />
              }
            />
          </Lazily>
        ) : mode === 'routine' ? (
          <Lazily marksLive>
            <RoutineView stage={<BodyStageSlot />} />
          </Lazily>
        ) : (
          <>
            <TopBar actions={<RoutineShortcut />} />
            <EvidenceNotice />
            <LinkHints />
            {mode === 'print' ? (
              <>
                <Lazily marksLive>
                  <HandoutView />
                </Lazily>
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
                    <Lazily>
                      <QuizRound />
                    </Lazily>
                  </>
                }
                stage={<BodyStageSlot parts={<QuizBodyClicks />} />}
                side={
                  <Lazily marksLive>
                    <QuizPanel />
                  </Lazily>
                }
                sideLabel="Quiz"
                // On a phone the question comes first, open far enough to read it.
                panel={{
                  title: 'Quiz',
                  content: (
                    <>
                      <Lazily marksLive>
                        <QuizPanel />
                      </Lazily>
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
        {mode === 'explore' && <LiveMarker />}
        <ClassSlot />
        <KeyboardShortcuts />
        <SelectionAnnouncer />
      </div>
    </DatasetContext>
  );
}

/**
 * A lazily loaded part of a mode, with what shows while it loads. The mode's main part marks the
 * page live once it is drawn ("live" means all of the screen; explore is live once hydrated).
 */
function Lazily({ children, marksLive = false }: { children: ReactNode; marksLive?: boolean }) {
  return (
    <Suspense fallback={<ModeLoading />}>
      {children}
      {marksLive && <LiveMarker />}
    </Suspense>
  );
}
