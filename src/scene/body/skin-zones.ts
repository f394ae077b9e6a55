import {
  Color,
  Vector3,
  type MeshStandardMaterial,
  type WebGLProgramParametersWithUniforms,
} from 'three';

/** A pair shows both sides' zones at once; a midline point one. */
export const MAX_SKIN_ZONES = 2;
/** How strongly the zone tints the skin at its middle, and the width of its soft edge. */
const ZONE_STRENGTH = 0.5;
const EDGE_FRACTION = 0.25;
/** The rim's half-width on screen, in pixels. */
const RIM_PIXELS = 1.2;

/**
 * The uniforms the skin shader reads its zones from: a centre and a radius each (radius 0: no
 * zone), in the world's frame, and one colour. Written by `showSkinZones`, read every frame.
 */
const ZONE_UNIFORMS = {
  zoneCentres: { value: Array.from({ length: MAX_SKIN_ZONES }, () => new Vector3()) },
  zoneNormals: { value: Array.from({ length: MAX_SKIN_ZONES }, () => new Vector3(0, 1, 0)) },
  zoneRadii: { value: Array.from({ length: MAX_SKIN_ZONES }, () => 0) },
  zoneColour: { value: new Color() },
};

export interface SkinZone {
  centre: readonly [number, number, number];
  /** The skin's outward normal at the centre: skin facing away (a toe's far side) stays clear. */
  normal: readonly [number, number, number];
  radiusM: number;
}

/** Paints these zones on the skin (none: clears them); the caller asks for a redraw. */
export function showSkinZones(zones: readonly SkinZone[], colour: Color): void {
  ZONE_UNIFORMS.zoneColour.value.copy(colour);
  for (let i = 0; i < MAX_SKIN_ZONES; i++) {
    const zone = zones[i];
    ZONE_UNIFORMS.zoneRadii.value[i] = zone?.radiusM ?? 0;
    if (zone === undefined) continue;
    ZONE_UNIFORMS.zoneCentres.value[i]!.set(...zone.centre);
    ZONE_UNIFORMS.zoneNormals.value[i]!.set(...zone.normal).normalize();
  }
}

/**
 * Teaches the skin material to draw the zones: each fragment's world position (after skinning,
 * so a zone follows the pose as the marker does) against each zone's centre. The zone lies on
 * the skin itself, over every curve of a toe or an ankle, at no extra draw call; a soft edge
 * and a rim two pixels wide say "about here" rather than "exactly here". Distance is straight through
 * space, so skin facing away from the zone's own (the next toe's far side, the other edge of
 * the foot) is left clear by its normal.
 */
export function withSkinZones(material: MeshStandardMaterial): void {
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    Object.assign(shader.uniforms, ZONE_UNIFORMS);
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        '#include <common>\nvarying vec3 vZoneWorld;\nvarying vec3 vZoneNormal;',
      )
      .replace(
        '#include <project_vertex>',
        `#include <project_vertex>
vZoneWorld = (modelMatrix * vec4(transformed, 1.0)).xyz;
vZoneNormal = normalize(mat3(modelMatrix) * objectNormal);`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
varying vec3 vZoneWorld;
varying vec3 vZoneNormal;
uniform vec3 zoneCentres[${MAX_SKIN_ZONES}];
uniform vec3 zoneNormals[${MAX_SKIN_ZONES}];
uniform float zoneRadii[${MAX_SKIN_ZONES}];
uniform vec3 zoneColour;`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
float zoneTint = 0.0;
for (int i = 0; i < ${MAX_SKIN_ZONES}; i++) {
  float radius = zoneRadii[i];
  if (radius <= 0.0) continue;
  float d = distance(vZoneWorld, zoneCentres[i]);
  float fill = 1.0 - smoothstep(radius * ${(1 - EDGE_FRACTION).toFixed(3)}, radius, d);
  // The rim about two pixels wide at any distance: a hairline in metres vanishes on a projector.
  float pixel = max(fwidth(d), 1e-6);
  float rim = 1.0 - smoothstep(pixel * ${RIM_PIXELS.toFixed(1)}, pixel * ${(RIM_PIXELS + 1).toFixed(1)}, abs(d - radius));
  float facing = smoothstep(0.1, 0.5, dot(normalize(vZoneNormal), zoneNormals[i]));
  zoneTint = max(zoneTint, facing * max(fill * ${ZONE_STRENGTH.toFixed(3)}, rim * 0.9));
}
diffuseColor.rgb = mix(diffuseColor.rgb, zoneColour, zoneTint);`,
      );
  };
  // One program for every body: the zones are uniforms, not a variant.
  material.customProgramCacheKey = () => 'skin-with-zones';
}
