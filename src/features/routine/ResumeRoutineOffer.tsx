import { useAtlasActions } from '../../state/atlas-store';
import { useRoutineInProgress } from './saved-routine-peek';

/** "Resume your routine" on the explore screen when a routine was begun and not finished. */
export function ResumeRoutineOffer() {
  const inProgress = useRoutineInProgress();
  const { startRoutine } = useAtlasActions();
  if (!inProgress) return null;
  return (
    <section className="resume-routine" aria-label="Your routine" data-testid="resume-routine">
      <p>You have a self-massage routine in progress.</p>
      <button type="button" className="button" onClick={() => startRoutine()}>
        Resume your routine
      </button>
    </section>
  );
}
