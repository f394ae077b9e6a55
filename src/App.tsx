import { lazy, Suspense } from 'react';
import type { Dataset } from '../points/schema';
import { DatasetContext } from './state/dataset-context';
import { EvidenceNotice } from './ui/EvidenceNotice';
import { FilterPanel } from './ui/FilterPanel';
import { LinkHints } from './ui/LinkHints';
import { PointDetails } from './ui/PointDetails';
import { PointList } from './ui/PointList';
import { ScenePlaceholder } from './ui/ScenePlaceholder';
import { SelectionAnnouncer } from './ui/SelectionAnnouncer';

// The 3D view is its own chunk: the notice and list paint before three.js arrives.
const BodyStage = lazy(() => import('./scene/BodyStage'));

export function App({ dataset }: { dataset: Dataset }) {
  return (
    <DatasetContext value={dataset}>
      <div className="atlas">
        <header className="topbar">
          <h1>Acupressure point atlas</h1>
          <p className="topbar__subtitle">
            The 24 points of one popular article, in 3D, with its gaps shown
          </p>
        </header>
        <EvidenceNotice />
        <LinkHints />
        <main className="workspace">
          <aside className="browse" aria-label="Find a point">
            <FilterPanel />
            <PointList />
          </aside>
          <section className="stage" aria-label="3D body">
            <Suspense fallback={<ScenePlaceholder />}>
              <BodyStage />
            </Suspense>
          </section>
          <section className="details" aria-label="Point details">
            <PointDetails />
          </section>
        </main>
        <SelectionAnnouncer />
      </div>
    </DatasetContext>
  );
}
