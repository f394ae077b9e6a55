import './shell.css';
import type { ReactNode } from 'react';
import { useDatasetSummary } from '../state/dataset-context';
import { ModeMenu } from './ModeMenu';
import { ModeSwitcher } from './ModeSwitcher';

/** The title and the modes; `actions` are a mode's own header buttons, before the modes. */
export function TopBar({ actions }: { actions?: ReactNode }) {
  const { points } = useDatasetSummary();
  return (
    <header className="topbar">
      <h1>Acupressure point atlas</h1>
      <p className="topbar__subtitle">
        The {points.length} points of one popular article, in 3D, with its gaps shown
      </p>
      <div className="topbar__actions">
        {actions}
        <ModeSwitcher />
        <ModeMenu />
      </div>
    </header>
  );
}
