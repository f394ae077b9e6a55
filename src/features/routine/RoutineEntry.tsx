import './routine-entry.css';
import { isSelfCareMentioned } from '../../data/filters';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';
import { useVisiblePoints } from '../../state/selectors';
import { ResumeRoutineOffer } from './ResumeRoutineOffer';

/**
 * The ways into the routine from the explore screen: "Resume your routine" when one is saved,
 * and "Start a routine" on the listed points while the self-massage filter is on (the six the
 * source names, with "Named for self-massage"). Small and free of the routine's own code, which
 * loads only when the routine opens.
 */
export function RoutineEntry() {
  const selfFilterOn = useAtlasStore((s) => s.filters.selfMassage !== 'all');
  const points = useVisiblePoints().filter(isSelfCareMentioned);
  const { startRoutine } = useAtlasActions();
  return (
    <>
      <ResumeRoutineOffer />
      {selfFilterOn && points.length > 0 && (
        <section className="routine-entry" aria-label="Self-massage routine">
          <button
            type="button"
            className="button routine-entry__start"
            onClick={() => startRoutine(points.map((p) => p.number))}
          >
            Start a routine
          </button>
          <p>
            {points.length} point{points.length === 1 ? '' : 's'}, one at a time, with a timer. You
            can change the set before you begin.
          </p>
        </section>
      )}
    </>
  );
}
