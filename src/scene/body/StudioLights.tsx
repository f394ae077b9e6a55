import { useMemo } from 'react';
import { createStudioLights } from './studio-lights';

/** The studio light rig (studio-lights.ts) in the live view. */
export function StudioLights() {
  const rig = useMemo(() => createStudioLights(), []);
  return <primitive object={rig} />;
}
