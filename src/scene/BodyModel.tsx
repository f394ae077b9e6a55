import { useGLTF } from '@react-three/drei';
import { useEffect, useMemo } from 'react';
import { MeshStandardMaterial, type Mesh } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { BODY_LANDMARKS } from '../data/body-landmarks';
import { placePointsReporting } from '../data/placement';
import { createMidlineQuery, createSurfaceQuery } from '../data/surface-query';
import { useDataset } from '../state/dataset-context';
import { useSceneStore } from './scene-store';
import { worldSpaceGeometry } from './world-geometry';

export const BODY_URL = `${import.meta.env.BASE_URL}models/body.glb`;

/** Skin as soft clay: the vertex colours carry hairline, nails and lips; no environment map. */
const SKIN = new MeshStandardMaterial({ vertexColors: true, roughness: 0.72, metalness: 0 });

/**
 * The generated body. Once loaded, it places every point on its skin (placement by rule, the
 * same functions the Node tests check) and hands the markers to the scene store.
 */
export function BodyModel() {
  // Draco off (drei would fetch its decoder from a CDN); meshopt on (its decoder is bundled).
  const gltf = useGLTF(BODY_URL, false, true);
  const dataset = useDataset();
  const setReady = useSceneStore((state) => state.setReady);

  const body = useMemo(() => {
    const root = gltf.scene.clone();
    root.traverse((object) => {
      if ((object as Mesh).isMesh) (object as Mesh).material = SKIN;
    });
    return root;
  }, [gltf.scene]);

  const { placement, skin } = useMemo(() => {
    const geometry = worldSpaceGeometry(gltf.scene);
    const bvh = new MeshBVH(geometry);
    const skinQueries = {
      closest: createSurfaceQuery(geometry, bvh),
      closestOnMidline: createMidlineQuery(geometry),
    };
    const placement = placePointsReporting(dataset.points, BODY_LANDMARKS, skinQueries);
    return { placement, skin: bvh };
  }, [gltf.scene, dataset.points]);

  useEffect(() => setReady(placement, skin), [placement, skin, setReady]);

  return <primitive object={body} />;
}

useGLTF.preload(BODY_URL, false, true);
