import { useState } from 'react';
import { POSE_READING, POSE_WORDS } from '../../data/pose-words';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';
import { useSelectedPoint, useShownPose } from '../../state/selectors';
import { registerNote } from '../markers/label-obstacles';
import { useSceneStore } from '../scene-store';

/**
 * "Show the posture": the figure takes the posture the selected point is worked in (or the one
 * the list is filtered to), and says which, and when the source gives none or the prop is our
 * reading. Off, the figure stands. Under it, which part of the body the camera shows, in words,
 * so a close-up keeps its bearings ("Left foot, from below").
 */
export function PostureControl() {
  const showPosture = useAtlasStore((state) => state.showPosture);
  const mode = useAtlasStore((state) => state.mode);
  const { setShowPosture } = useAtlasActions();
  const point = useSelectedPoint();
  const pose = useShownPose();
  const bearings = useSceneStore((state) => state.bearings);
  const inFold = useSceneStore(
    (state) => point !== undefined && state.hiddenInPose === point.number,
  );
  // The captions can be put away where they take room from a small view (a phone, the routine).
  const [captionsHidden, setCaptionsHidden] = useState(false);
  // The quiz keeps both: a posture or the named body part would give the answer away.
  if (mode === 'quiz') return null;
  const notStated = showPosture && point?.posture.stated === 'not-stated';
  const reading = showPosture ? POSE_READING[pose] : undefined;
  const hasCaptions = (bearings !== null && point !== undefined) || inFold || showPosture;
  return (
    <div className="posture-control" ref={registerNote} data-captions={!captionsHidden}>
      <div className="posture-control__row">
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
        {hasCaptions && (
          <button
            type="button"
            className="posture-control__fold"
            aria-expanded={!captionsHidden}
            aria-label={
              captionsHidden ? 'Show the notes on the view' : 'Hide the notes on the view'
            }
            title={captionsHidden ? 'Show the notes' : 'Hide the notes'}
            onClick={() => setCaptionsHidden(!captionsHidden)}
          >
            <span aria-hidden="true">{captionsHidden ? 'ⓘ' : '×'}</span>
          </button>
        )}
      </div>
      {captionsHidden ? null : (
        <Captions
          bearings={point === undefined ? null : bearings}
          inFold={inFold}
          posture={
            showPosture
              ? notStated
                ? `Point ${point.number}: the source gives no posture, so the figure stands.`
                : `Shown ${POSE_WORDS[pose]}.`
              : null
          }
          reading={reading}
        />
      )}
    </div>
  );
}

/** What the view shows, in words: the part and side seen, a point in a fold, the posture. */
function Captions({
  bearings,
  inFold,
  posture,
  reading,
}: {
  bearings: string | null;
  inFold: boolean;
  posture: string | null;
  reading: string | undefined;
}) {
  return (
    <>
      {bearings !== null && (
        <p className="posture-control__caption" data-testid="view-bearings">
          Seen: {bearings}.
        </p>
      )}
      {inFold && (
        <p className="posture-control__caption" data-testid="point-in-fold">
          In this posture the point lies in a fold of skin: the dashed pin shows where.
        </p>
      )}
      {posture !== null && (
        <p className="posture-control__caption" data-testid="posture-caption" aria-live="polite">
          {posture}
          {reading !== undefined && <span className="posture-control__reading"> {reading}</span>}
        </p>
      )}
    </>
  );
}
