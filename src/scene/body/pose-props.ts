import { Mesh, MeshStandardMaterial, type BufferGeometry } from 'three';
import { POSES, type PoseName } from '../../../models/poses';
import { PROP_COLOURS, propGeometry, type PropKind } from '../../../models/props';

const PROP_MATERIALS = Object.fromEntries(
  Object.entries(PROP_COLOURS).map(([kind, colour]) => [
    kind,
    new MeshStandardMaterial({ color: colour, roughness: 0.85, metalness: 0 }),
  ]),
) as Record<PropKind, MeshStandardMaterial>;

const geometries = new Map<string, BufferGeometry>();

/** The chair, table, couch, roller or mat a pose is taken on, as meshes (built once each). */
export function poseProps(pose: PoseName): Mesh[] {
  return POSES[pose].props.map((placement, i) => {
    const key = `${pose}:${i}`;
    let geometry = geometries.get(key);
    if (geometry === undefined) geometries.set(key, (geometry = propGeometry(placement)));
    const mesh = new Mesh(geometry, PROP_MATERIALS[placement.kind]);
    mesh.name = `${placement.kind} for ${pose}`;
    return mesh;
  });
}
