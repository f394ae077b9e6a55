import { POSE_READING, POSE_WORDS } from '../../data/pose-words';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';
import { useSelectedPoint, useShownPose } from '../../state/selectors';
import { registerObstacle } from '../markers/label-obstacles';

/**
 * "Show the posture": the figure takes the posture the selected point is worked in (or the one
 * the list is filtered to), and says which, and when the source gives none or the prop is our
 * reading. Off, the figure stands. The quiz has none: a posture would hint at the answer.
 */
export function PostureControl() {
  const showPosture = useAtlasStore((state) => state.showPosture);
  const mode = useAtlasStore((state) => state.mode);
  const { setShowPosture } = useAtlasActions();
  const point = useSelectedPoint();
  const pose = useShownPose();
  if (mode === 'quiz') return null;
  const notStated = showPosture && point?.posture.stated === 'not-stated';
  const reading = showPosture ? POSE_READING[pose] : undefined;
  return (
    <div className="posture-control" ref={registerObstacle}>
      <button
        type="button"
        role="switch"
        aria-checked={showPosture}
        className="posture-control__switch"
        onClick={() => setShowPosture(!showPosture)}
      >
        <span className="posture-control__track" aria-hidden="true" />
        Show the posture
      </button>
      {showPosture && (
        <p className="posture-control__caption" data-testid="posture-caption" aria-live="polite">
          {notStated
            ? `Point ${point.number}: the source gives no posture, so the figure stands.`
            : `Shown ${POSE_WORDS[pose]}.`}
          {reading !== undefined && <span className="posture-control__reading"> {reading}</span>}
        </p>
      )}
    </div>
  );
}
