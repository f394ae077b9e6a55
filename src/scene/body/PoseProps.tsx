import { useMemo } from 'react';
import { useSceneStore } from '../scene-store';
import { poseProps } from './pose-props';

/** The props of the pose the body has settled in, and only then. */
export function PoseProps() {
  const pose = useSceneStore((state) => state.pose);
  const posing = useSceneStore((state) => state.posing);
  const props = useMemo(() => poseProps(pose), [pose]);
  if (posing) return null;
  return (
    <group>
      {props.map((mesh) => (
        <primitive key={mesh.name} object={mesh} />
      ))}
    </group>
  );
}
