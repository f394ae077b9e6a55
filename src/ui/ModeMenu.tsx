import type { Mode } from '../state/url';
import { useAtlasActions, useAtlasStore } from '../state/atlas-store';
import { MODE_BUTTONS } from './ModeSwitcher';

/**
 * The modes as one menu, where the row of mode buttons does not fit (phones). A native select:
 * the phone opens its own picker, large and familiar, and a screen reader knows it at once.
 */
export function ModeMenu() {
  const mode = useAtlasStore((state) => state.mode);
  const { setMode } = useAtlasActions();
  return (
    <label className="mode-menu">
      <span className="visually-hidden">Mode</span>
      <select value={mode} onChange={(event) => setMode(event.target.value as Mode)}>
        {MODE_BUTTONS.map((button) => (
          <option key={button.mode} value={button.mode}>
            {button.label}
          </option>
        ))}
      </select>
    </label>
  );
}
