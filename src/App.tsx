import type { Dataset } from '../points/schema';
import { BodyStageSlot } from './BodyStageSlot';
import { HandoutPicturesSlot } from './HandoutPicturesSlot';
import { DatasetContext } from './state/dataset-context';
import { useAtlasStore } from './state/store';
import { EvidenceNotice } from './ui/EvidenceNotice';
import { KeyboardShortcuts } from './ui/KeyboardShortcuts';
import { ExploreLayout } from './ui/ExploreLayout';
import { HandoutView } from './ui/handout/HandoutView';
import { LinkHints } from './ui/LinkHints';
import { PresentationLayout } from './ui/presentation/PresentationLayout';
import { QuizPanel } from './ui/quiz/QuizPanel';
import { SelectionAnnouncer } from './ui/SelectionAnnouncer';
import { TopBar } from './ui/TopBar';

/** Composes the atlas for the current mode; holds no logic of its own. */
export function App({ dataset }: { dataset: Dataset }) {
  const mode = useAtlasStore((state) => state.mode);
  return (
    <DatasetContext value={dataset}>
      <div className="atlas" data-mode={mode}>
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
        <KeyboardShortcuts />
        <SelectionAnnouncer />
      </div>
    </DatasetContext>
  );
}
