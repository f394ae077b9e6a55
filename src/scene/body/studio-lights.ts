import { DirectionalLight, Group, HemisphereLight } from 'three';

const SKY = '#ffffff';
const GROUND = '#b9b2aa';
const HEMISPHERE_INTENSITY = 1.9;

/** Warm key from the front right, cool fill from the left, a rim from behind (metres, world). */
const DIRECTIONAL = [
  { colour: '#fff6ee', intensity: 1.7, position: [1.5, 2.5, 3] },
  { colour: '#eef2ff', intensity: 0.6, position: [-2.5, 1.2, 1.5] },
  { colour: '#ffffff', intensity: 0.7, position: [0.5, 2, -3] },
] as const;

/**
 * Soft studio light built from plain lights (no environment map to fetch): a sky/ground fill and
 * three directional lights; the rim keeps the silhouette readable on a washed-out projector. The
 * live view and the handout's pictures both light the body with this one rig.
 */
export function createStudioLights(): Group {
  const rig = new Group();
  rig.name = 'studio-lights';
  rig.add(new HemisphereLight(SKY, GROUND, HEMISPHERE_INTENSITY));
  for (const { colour, intensity, position } of DIRECTIONAL) {
    const light = new DirectionalLight(colour, intensity);
    light.position.fromArray(position);
    rig.add(light);
  }
  return rig;
}
