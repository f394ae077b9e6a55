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

/**
 * The standard point's ring on the skin: wider than the selected point's dot, so where the
 * standard and the article agree the ring shows around the dot instead of under it. Fixed in
 * metres: a radius in pixels, worked out per fragment, frays the ring wherever the skin slants.
 */
export const STANDARD_RING_RADIUS_M = 0.008;
/** Half-widths of the ring's dark band and of the light halo around it, in pixels. */
const RING_BAND_PIXELS = 1.6;
const RING_HALO_PIXELS = 3.4;
/** Each edge fades out over this many pixels, so the ring is smooth at any angle. */
const RING_EDGE_SOFTNESS_PIXELS = 1;
/** The halo lets a little of the skin's shading through: it reads as paint, not a sticker. */
const RING_HALO_OPACITY = 0.85;
/**
 * Skin turned this far from the ring's own facing (dot of the normals) fades the ring out:
 * looser than a zone's, as a ring may span the curve of a foot's edge, yet clear of the far
 * side of a toe.
 */
const RING_FACING_FROM = -0.2;
const RING_FACING_TO = 0.2;

const RING_UNIFORMS = {
  ringCentres: { value: Array.from({ length: MAX_SKIN_ZONES }, () => new Vector3()) },
  ringNormals: { value: Array.from({ length: MAX_SKIN_ZONES }, () => new Vector3(0, 1, 0)) },
  ringRadii: { value: Array.from({ length: MAX_SKIN_ZONES }, () => 0) },
  ringColour: { value: new Color() },
  ringHalo: { value: new Color() },
};

/** A spot the skin rings: where it is, which way the skin faces there, and how wide. */
export interface SkinRing {
  centre: readonly [number, number, number];
  normal: readonly [number, number, number];
  /** Larger than the live view's where a picture draws its markers larger. */
  radiusM?: number;
}

/** Rings these spots on the skin (none: clears them); the caller asks for a redraw. */
export function showSkinRings(
  rings: readonly SkinRing[],
  look: { ring: Color; halo: Color },
): void {
  RING_UNIFORMS.ringColour.value.copy(look.ring);
  RING_UNIFORMS.ringHalo.value.copy(look.halo);
  for (let i = 0; i < MAX_SKIN_ZONES; i++) {
    const ring = rings[i];
    RING_UNIFORMS.ringRadii.value[i] =
      ring === undefined ? 0 : (ring.radiusM ?? STANDARD_RING_RADIUS_M);
    if (ring === undefined) continue;
    RING_UNIFORMS.ringCentres.value[i]!.set(...ring.centre);
    RING_UNIFORMS.ringNormals.value[i]!.set(...ring.normal).normalize();
  }
}

/**
 * Draws once with these rings on the skin, then puts back whatever rings were shown: the rings
 * are shared by every body drawn with the skin material, so a picture drawn off screen must not
 * take the live view's ring away.
 */
export function drawWithSkinRings(
  rings: readonly SkinRing[],
  look: { ring: Color; halo: Color },
  draw: () => void,
): void {
  const u = RING_UNIFORMS;
  const before = {
    centres: u.ringCentres.value.map((v) => v.clone()),
    normals: u.ringNormals.value.map((v) => v.clone()),
    radii: [...u.ringRadii.value],
    colour: u.ringColour.value.clone(),
    halo: u.ringHalo.value.clone(),
  };
  showSkinRings(rings, look);
  try {
    draw();
  } finally {
    before.centres.forEach((v, i) => u.ringCentres.value[i]!.copy(v));
    before.normals.forEach((v, i) => u.ringNormals.value[i]!.copy(v));
    before.radii.forEach((radius, i) => (u.ringRadii.value[i] = radius));
    u.ringColour.value.copy(before.colour);
    u.ringHalo.value.copy(before.halo);
  }
}

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
    Object.assign(shader.uniforms, ZONE_UNIFORMS, RING_UNIFORMS);
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
uniform vec3 zoneColour;
uniform vec3 ringCentres[${MAX_SKIN_ZONES}];
uniform vec3 ringNormals[${MAX_SKIN_ZONES}];
uniform float ringRadii[${MAX_SKIN_ZONES}];
uniform vec3 ringColour;
uniform vec3 ringHalo;`,
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
diffuseColor.rgb = mix(diffuseColor.rgb, zoneColour, zoneTint);
for (int i = 0; i < ${MAX_SKIN_ZONES}; i++) {
  if (ringRadii[i] <= 0.0) continue;
  float d = distance(vZoneWorld, ringCentres[i]);
  float pixel = max(fwidth(d), 1e-6);
  float off = abs(d - ringRadii[i]) / pixel;
  float facing = smoothstep(${RING_FACING_FROM.toFixed(2)}, ${RING_FACING_TO.toFixed(2)}, dot(normalize(vZoneNormal), ringNormals[i]));
  float halo = 1.0 - smoothstep(${RING_HALO_PIXELS.toFixed(1)}, ${(RING_HALO_PIXELS + RING_EDGE_SOFTNESS_PIXELS).toFixed(1)}, off);
  float band = 1.0 - smoothstep(${RING_BAND_PIXELS.toFixed(1)}, ${(RING_BAND_PIXELS + RING_EDGE_SOFTNESS_PIXELS).toFixed(1)}, off);
  diffuseColor.rgb = mix(diffuseColor.rgb, ringHalo, facing * halo * ${RING_HALO_OPACITY.toFixed(2)});
  diffuseColor.rgb = mix(diffuseColor.rgb, ringColour, facing * band);
}`,
      );
  };
  // One program for every body: the zones are uniforms, not a variant.
  material.customProgramCacheKey = () => 'skin-with-zones-and-rings';
}
