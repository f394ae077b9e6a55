import placementUrl from 'virtual:body-placement';

/** The generated body (public/models/body.glb, written by `npm run model`). */
export const BODY_URL = `${import.meta.env.BASE_URL}models/body.glb`;

/** The points placed on that body at build time (placement-plugin.ts), a hashed JSON file. */
export const PLACEMENT_URL = placementUrl;

/** The bones layer (public/models/bones.glb, written by `npm run model`), loaded when asked. */
export const BONES_URL = `${import.meta.env.BASE_URL}models/bones.glb`;
