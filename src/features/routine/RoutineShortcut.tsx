import { useAtlasActions } from '../../state/atlas-store';
import { useRoutineInProgress } from './saved-routine-peek';

/**
 * The routine one tap from a phone's first screen, in the top bar (not behind the sheet): it
 * starts the routine on the points named for self-massage, or resumes the one in progress.
 * Wider screens have the routine in the row of modes instead.
 */
export function RoutineShortcut() {
  const inProgress = useRoutineInProgress();
  const { startRoutine } = useAtlasActions();
  return (
    <button
      type="button"
      className="button routine-shortcut"
      data-testid="routine-shortcut"
      aria-label={inProgress ? 'Resume your self-massage routine' : 'Self-massage routine'}
      onClick={() => startRoutine()}
    >
      {inProgress ? 'Resume' : 'Routine'}
    </button>
  );
}
