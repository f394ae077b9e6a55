import { POSE_WORDS } from '../../data/pose-words';
import { useSelectedPoint } from '../../state/selectors';
import { useSceneStore } from '../scene-store';

/** The text alternative of the 3D view: what it shows, in which posture, which point is selected. */
export function useSceneDescription(): string {
  const point = useSelectedPoint();
  const status = useSceneStore((state) => state.status);
  const pose = useSceneStore((state) => state.pose);
  const posing = useSceneStore((state) => state.posing);
  if (status === 'loading') return '3D body, loading.';
  const posture = posing ? 'moving into another posture' : POSE_WORDS[pose];
  const base = `3D model of a human figure, ${posture}, with the acupressure points marked.`;
  return point === undefined
    ? `${base} No point selected.`
    : `${base} Showing point ${point.number}: ${point.name}.`;
}
