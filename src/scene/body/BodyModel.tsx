import { useGLTF } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { MeshStandardMaterial, type Group, type Mesh } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { afterNextFrame } from '../../lib/after-next-frame';
import { BODY_LANDMARKS } from '../../data/body-landmarks';
import type { Dataset } from '../../data/dataset';
import { placePointsReporting, type PlacementResult } from '../../data/placement';
import { createMidlineQuery, createSurfaceQuery } from '../../data/surface-query';
import { useDataset } from '../../state/dataset-context';
import { useSceneStore } from '../scene-store';
import { worldSpaceGeometry } from './world-geometry';

export const BODY_URL = `${import.meta.env.BASE_URL}models/body.glb`;

/** Skin as soft clay: the vertex colours carry hairline, nails and lips; no environment map. */
const SKIN = new MeshStandardMaterial({ vertexColors: true, roughness: 0.72, metalness: 0 });

/**
 * The generated body. It is drawn first; the points are placed on its skin (placement by rule,
 * the same functions the Node tests check) in the task after that frame, because building the
 * surface index and placing 43 markers takes about 300 ms here and the body need not wait for it.
 */
export function BodyModel() {
  // Draco off (drei would fetch its decoder from a CDN); meshopt on (its decoder is bundled).
  const gltf = useGLTF(BODY_URL, false, true);
  const dataset = useDataset();
  const setBodyShown = useSceneStore((state) => state.setBodyShown);
  const setReady = useSceneStore((state) => state.setReady);
  const invalidate = useThree((state) => state.invalidate);

  const body = useMemo(() => skinned(gltf.scene), [gltf.scene]);

  useLayoutEffect(() => setBodyShown(), [body, setBodyShown]);

  useEffect(() => {
    let cancelled = false;
    afterNextFrame(() => {
      if (cancelled) return;
      const { placement, skin } = placeOnSkin(gltf.scene, dataset);
      setReady(placement, skin);
      invalidate();
    });
    return () => {
      cancelled = true;
    };
  }, [gltf.scene, dataset, setReady, invalidate]);

  return <primitive object={body} />;
}

function skinned(scene: Group): Group {
  const root = scene.clone();
  root.traverse((object) => {
    if ((object as Mesh).isMesh) (object as Mesh).material = SKIN;
  });
  return root;
}

function placeOnSkin(
  scene: Group,
  dataset: Dataset,
): { placement: PlacementResult; skin: MeshBVH } {
  const geometry = worldSpaceGeometry(scene);
  const skin = new MeshBVH(geometry);
  const skinQueries = {
    closest: createSurfaceQuery(geometry, skin),
    closestOnMidline: createMidlineQuery(geometry),
  };
  return { placement: placePointsReporting(dataset.points, BODY_LANDMARKS, skinQueries), skin };
}

useGLTF.preload(BODY_URL, false, true);
