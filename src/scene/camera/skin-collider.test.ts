import { describe, expect, it } from 'vitest';
import {
  BufferAttribute,
  BufferGeometry,
  Raycaster,
  SphereGeometry,
  Vector3,
  type Intersection,
} from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { SKIN_CLEARANCE_M, skinCollider } from './skin-collider';

/** Two "limbs": spheres of 10 cm radius, one at the origin and one 1 m along +Z. */
function twoLimbs(): MeshBVH {
  const near = new SphereGeometry(0.1, 32, 16);
  const far = new SphereGeometry(0.1, 32, 16).translate(0, 0, 1);
  const positions = [...near.getAttribute('position').array, ...far.getAttribute('position').array];
  const count = near.getAttribute('position').count;
  const indices = [...near.getIndex()!.array, ...far.getIndex()!.array.map((i) => i + count)];
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(Float32Array.from(positions), 3));
  geometry.setIndex(indices);
  return new MeshBVH(geometry);
}

function castFrom(origin: Vector3, direction: Vector3): Intersection[] {
  const found: Intersection[] = [];
  skinCollider(twoLimbs()).raycast(new Raycaster(origin, direction.normalize()), found);
  return found;
}

describe('the skin as the camera collides with it', () => {
  it('stops the camera the clearance short of skin between it and the target', () => {
    // From a target on the first limb's front, toward a camera past the second limb.
    const hits = castFrom(new Vector3(0, 0, 0.1), new Vector3(0, 0, 1));
    expect(hits.length).toBeGreaterThan(0);
    const nearest = Math.min(...hits.map((hit) => hit.distance));
    // The second limb's near side is 0.8 m away; the camera stops the clearance before it.
    expect(nearest).toBeCloseTo(0.8 - SKIN_CLEARANCE_M, 2);
  });

  it("does not count the target's own skin, nor skin seen from inside", () => {
    // From inside the first limb (a target panned into it), looking away from the second.
    expect(castFrom(new Vector3(0, 0, 0), new Vector3(0, 0, -1))).toEqual([]);
    // From the first limb's surface straight out, nothing else in the way.
    expect(castFrom(new Vector3(0.1, 0, 0), new Vector3(1, 0, 0))).toEqual([]);
  });
});
