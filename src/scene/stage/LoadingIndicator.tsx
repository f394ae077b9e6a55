import { useProgress } from '@react-three/drei';
import { useSceneStore } from '../scene-store';

/** Shows how far the body has loaded until the markers are placed. */
export function LoadingIndicator() {
  const { progress } = useProgress();
  const status = useSceneStore((state) => state.status);
  const bodyShown = useSceneStore((state) => state.bodyShown);
  if (status !== 'loading') return null;
  if (bodyShown) {
    return (
      <div className="scene-loading" role="status" data-testid="scene-loading">
        <p>Placing the points on the body…</p>
      </div>
    );
  }
  const percent = Math.round(progress);
  return (
    <div className="scene-loading" role="status" data-testid="scene-loading">
      <p>Loading the 3D body… {percent}%</p>
      <progress max={100} value={percent} aria-label="Loading the 3D body" />
    </div>
  );
}
