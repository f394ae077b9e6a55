import type { Point } from '../../../points/schema';
import { LANDMARK_BONES } from '../../data/landmark-bones';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';

/** The landmarks a point's rule starts from (none where it starts from another point). */
function landmarksOf(point: Point) {
  const reference = point.location.reference;
  return reference.kind === 'landmark'
    ? [reference.landmark]
    : reference.kind === 'midpoint'
      ? reference.landmarks
      : [];
}

/**
 * Shows the bones under a see-through skin, with the bones this point's rule counts from named
 * on the body. Pressed while they show; offered with every point, so it can always be undone.
 */
export function BonesSwitch({ point }: { point: Point }) {
  const showBones = useAtlasStore((state) => state.showBones);
  const failed = useAtlasStore((state) => state.bonesFailed);
  const { setShowBones } = useAtlasActions();
  const bones = landmarksOf(point).flatMap((landmark) => LANDMARK_BONES[landmark]);
  const names = [...new Set(bones.map((bone) => bone.label))].join(', ');
  return (
    <p className="bones-switch">
      <button
        type="button"
        className="switch-button"
        aria-pressed={showBones}
        disabled={failed}
        onClick={() => setShowBones(!showBones)}
      >
        Show the bones
      </button>
      <span className="bones-switch__note">
        {failed
          ? 'The bones could not be loaded on this page.'
          : names === ''
            ? 'This point starts from no bone.'
            : `Under the skin: ${names}.`}
      </span>
    </p>
  );
}
