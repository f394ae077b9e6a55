import { useMemo } from 'react';
import { MeshStandardMaterial, type BufferGeometry } from 'three';
import { POSES } from '../../../models/poses';
import { PROP_COLOURS, propGeometry, type PropKind } from '../../../models/props';
import { useSceneStore } from '../scene-store';

const PROP_MATERIALS = Object.fromEntries(
  Object.entries(PROP_COLOURS).map(([kind, colour]) => [
    kind,
    new MeshStandardMaterial({ color: colour, roughness: 0.85, metalness: 0 }),
  ]),
) as Record<PropKind, MeshStandardMaterial>;

const geometries = new Map<string, BufferGeometry>();

/** The chair, table, couch, roller or mat of the pose the body has settled in, and only then. */
export function PoseProps() {
  const pose = useSceneStore((state) => state.pose);
  const posing = useSceneStore((state) => state.posing);
  const props = useMemo(
    () =>
      POSES[pose].props.map((placement, i) => {
        const key = `${pose}:${i}`;
        let geometry = geometries.get(key);
        if (geometry === undefined) geometries.set(key, (geometry = propGeometry(placement)));
        return { key, geometry, material: PROP_MATERIALS[placement.kind] };
      }),
    [pose],
  );
  if (posing) return null;
  return (
    <group>
      {props.map(({ key, geometry, material }) => (
        <mesh key={key} geometry={geometry} material={material} />
      ))}
    </group>
  );
}
