import { ModeSwitcher } from './ModeSwitcher';

export function TopBar() {
  return (
    <header className="topbar">
      <h1>Acupressure point atlas</h1>
      <p className="topbar__subtitle">
        The 24 points of one popular article, in 3D, with its gaps shown
      </p>
      <ModeSwitcher />
    </header>
  );
}
