import './shell.css';
import { useDatasetSummary } from '../state/dataset-context';
import { ModeMenu } from './ModeMenu';
import { ModeSwitcher } from './ModeSwitcher';

export function TopBar() {
  const { points } = useDatasetSummary();
  return (
    <header className="topbar">
      <h1>Acupressure point atlas</h1>
      <p className="topbar__subtitle">
        The {points.length} points of one popular article, in 3D, with its gaps shown
      </p>
      {/* Room for more header buttons: each goes in this row, before the mode controls. */}
      <div className="topbar__actions">
        <ModeSwitcher />
        <ModeMenu />
      </div>
    </header>
  );
}
