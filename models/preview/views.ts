/** Camera set-ups for the review pictures: position, target, vertical field of view (degrees). */
export interface View {
  position: [number, number, number];
  target: [number, number, number];
  fov: number;
}

export const VIEWS: Record<string, View> = {
  front: { position: [0, 0.95, 4.3], target: [0, 0.86, 0], fov: 26 },
  back: { position: [0, 0.95, -4.3], target: [0, 0.86, 0], fov: 26 },
  side: { position: [4.3, 0.95, 0], target: [0, 0.86, 0], fov: 26 },
  threeq: { position: [2.6, 1.3, 3.2], target: [0, 0.86, 0], fov: 26 },
  foot: { position: [0.42, 0.3, 0.55], target: [0.1, 0.04, 0.06], fov: 28 },
  toes: { position: [0.1, 0.22, 0.42], target: [0.1, 0.02, 0.14], fov: 24 },
  toesSide: { position: [0.45, 0.05, 0.2], target: [0.1, 0.02, 0.16], fov: 16 },
  sole: { position: [0.12, -0.35, 0.15], target: [0.1, 0.02, 0.06], fov: 30 },
  footInner: { position: [-0.3, 0.15, 0.2], target: [0.09, 0.05, 0.05], fov: 28 },
  hand: { position: [0.45, 0.8, 0.5], target: [0.33, 0.74, 0.03], fov: 26 },
  handBack: { position: [0.48, 0.8, -0.45], target: [0.33, 0.74, 0.03], fov: 26 },
  face: { position: [0.12, 1.6, 0.75], target: [0, 1.57, 0], fov: 24 },
  profile: { position: [0.75, 1.58, 0.02], target: [0, 1.58, 0.02], fov: 22 },
  eyes: { position: [0.06, 1.6, 0.42], target: [0.0, 1.575, 0.05], fov: 16 },
  ankleBack: { position: [0.3, 0.2, -0.5], target: [0.1, 0.08, -0.02], fov: 26 },
  torso: { position: [0.5, 1.3, 1.4], target: [0, 1.2, 0], fov: 30 },
  head: { position: [0.7, 1.6, -0.25], target: [0, 1.57, -0.02], fov: 24 },
  headBack: { position: [0.15, 1.62, -0.8], target: [0, 1.56, -0.02], fov: 24 },
  neck: { position: [0.35, 1.42, 0.6], target: [0, 1.41, 0.03], fov: 22 },
  upperBack: { position: [0.2, 1.35, -1.3], target: [0, 1.3, -0.05], fov: 26 },
  buttocks: { position: [0.15, 0.92, -1.0], target: [0, 0.86, -0.05], fov: 24 },
  wrist: { position: [0.42, 0.9, 0.36], target: [0.3, 0.86, 0.0], fov: 14 },
  wristBack: { position: [0.42, 0.9, -0.36], target: [0.3, 0.86, 0.0], fov: 14 },
  palm: { position: [0.36, 0.84, 0.36], target: [0.31, 0.81, 0.0], fov: 18 },
};
