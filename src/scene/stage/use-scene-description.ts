import { useSelectedPoint } from '../../state/selectors';
import { useSceneStore } from '../scene-store';

/** The text alternative of the 3D view: what it shows and which point is selected. */
export function useSceneDescription(): string {
  const point = useSelectedPoint();
  const status = useSceneStore((state) => state.status);
  if (status === 'loading') return '3D body, loading.';
  const base = '3D model of a standing human figure with the acupressure points marked.';
  return point === undefined
    ? `${base} No point selected.`
    : `${base} Showing point ${point.number}: ${point.name}.`;
}
