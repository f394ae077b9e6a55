import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';
import { SELF_MASSAGE_FILTER_LABELS } from '../../data/labels';

/**
 * One tap from the first screen on a phone: only the points named for self-massage, or all again.
 * The same filter as the list's first chips, so the link and the list agree.
 */
export function SelfMassageToggle() {
  const selfMassage = useAtlasStore((state) => state.filters.selfMassage);
  const { setFilter } = useAtlasActions();
  const on = selfMassage === 'sentence';
  return (
    <button
      type="button"
      className="toggle-chip"
      aria-pressed={on}
      onClick={() => setFilter('selfMassage', on ? 'all' : 'sentence')}
    >
      {SELF_MASSAGE_FILTER_LABELS.sentence}
    </button>
  );
}
