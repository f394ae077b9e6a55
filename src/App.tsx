import type { Dataset } from '../points/schema';
import { BodyStageSlot } from './BodyStageSlot';
import { DatasetContext } from './state/dataset-context';
import { useAtlasStore } from './state/store';
import { EvidenceNotice } from './ui/EvidenceNotice';
import { ExploreLayout } from './ui/ExploreLayout';
import { LinkHints } from './ui/LinkHints';
import { SelectionAnnouncer } from './ui/SelectionAnnouncer';
import { TopBar } from './ui/TopBar';

/** Composes the atlas for the current mode; holds no logic of its own. */
export function App({ dataset }: { dataset: Dataset }) {
  const mode = useAtlasStore((state) => state.mode);
  return (
    <DatasetContext value={dataset}>
      <div className="atlas" data-mode={mode}>
        <TopBar />
        <EvidenceNotice />
        <LinkHints />
        <ExploreLayout stage={<BodyStageSlot />} />
        <SelectionAnnouncer />
      </div>
    </DatasetContext>
  );
}
