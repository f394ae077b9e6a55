import type { Mode } from '../state/url';
import { useAtlasActions, useAtlasStore } from '../state/atlas-store';

export const MODE_BUTTONS: { mode: Mode; label: string; hint?: string }[] = [
  { mode: 'explore', label: 'Explore' },
  { mode: 'present', label: 'Present', hint: 'P' },
  { mode: 'quiz', label: 'Quiz' },
  { mode: 'print', label: 'Handout' },
  { mode: 'routine', label: 'Routine' },
];

/** Switches between exploring, presenting to a class, a quiz, the handout and the routine. */
export function ModeSwitcher() {
  const mode = useAtlasStore((state) => state.mode);
  const { setMode } = useAtlasActions();
  return (
    <nav className="mode-switcher" aria-label="Mode">
      {MODE_BUTTONS.map((button) => (
        <button
          key={button.mode}
          type="button"
          className="mode-switcher__button"
          aria-pressed={mode === button.mode}
          aria-keyshortcuts={button.hint}
          onClick={() => setMode(button.mode)}
        >
          {button.label}
          {button.hint !== undefined && (
            <kbd className="mode-switcher__key" aria-hidden="true">
              {button.hint}
            </kbd>
          )}
        </button>
      ))}
    </nav>
  );
}
