import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { afterNextFrame } from '../../lib/after-next-frame';
import { useDataset } from '../../state/dataset-context';
import { createMarkerDotsStandIn } from '../markers/MarkerDots';
import { useSceneActions } from '../scene-store';
import { useShadersCompiled } from '../stage/use-shaders-compiled';
import { preloadBodyAsset, useBodyAsset } from './body-asset';
import { placeOnSkin } from './skin-placement';
import { dressedBody } from './skin-material';

/**
 * The generated body in the live view. Its shaders (and the markers') are compiled first, off the
 * frame, and it stays hidden until then; it is drawn next; the points are placed on its skin in
 * the task after that frame, because building the surface index and placing every marker takes
 * about 300 ms here and the body need not wait for it.
 */
export function BodyModel() {
  const gltf = useBodyAsset();
  const { points } = useDataset();
  const { showBody, setPlacement } = useSceneActions();
  const invalidate = useThree((state) => state.invalidate);

  const body = useMemo(() => dressedBody(gltf.scene), [gltf.scene]);
  const toCompile = useMemo(() => [body, createMarkerDotsStandIn()], [body]);
  const compiled = useShadersCompiled(toCompile);

  useLayoutEffect(() => {
    if (!compiled) return;
    showBody();
    invalidate();
  }, [compiled, body, showBody, invalidate]);

  useEffect(() => {
    if (!compiled) return;
    return afterNextFrame(() => {
      setPlacement(placeOnSkin(gltf.scene, points));
      invalidate();
    });
  }, [compiled, gltf.scene, points, setPlacement, invalidate]);

  return <primitive object={body} visible={compiled} />;
}

preloadBodyAsset();
