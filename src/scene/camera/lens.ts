/** The camera's lens, shared by the live view and the handout's pictures (degrees, metres). */
export const LENS = { fovDegrees: 26, near: 0.02, far: 30 } as const;
