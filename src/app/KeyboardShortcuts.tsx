import { useEffect } from 'react';
import { useAtlasActions, useAtlasStore } from '../state/atlas-store';

/** "P" enters or leaves presentation mode from anywhere, unless the user is typing. */
export function KeyboardShortcuts() {
  const { setMode } = useAtlasActions();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'p' || event.altKey || event.ctrlKey || event.metaKey) return;
      if ((event.target as HTMLElement | null)?.closest('input, select, textarea')) return;
      const mode = useAtlasStore.getState().mode;
      if (mode === 'print') return;
      setMode(mode === 'present' ? 'explore' : 'present');
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setMode]);
  return null;
}
