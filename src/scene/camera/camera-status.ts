/**
 * Whether the camera is still, written on the canvas as `data-camera="still|moving"` so tests and
 * tools wait on the camera instead of a clock. Still means: the controls have come to rest, and
 * the point the user chose is the one the camera last flew to (a new choice is "moving" from the
 * moment it is made, a frame before the flight starts), and the body is not moving between poses
 * (a body that has settled in another pose is moving until the camera has framed it anew).
 */
export interface CameraStatus {
  /** A move was asked for, or the controls woke. */
  moving: () => void;
  /** The controls came to rest. */
  rested: () => void;
  /** The point the user chose (null: none). */
  chose: (point: number | null) => void;
  /** The camera is now flying to frame this point. */
  framing: (point: number | null) => void;
  /** The body starts moving to another pose. */
  posing: () => void;
  /** The body has settled; in another pose than before, the camera will frame it anew. */
  settled: (poseChanged: boolean) => void;
}

export function cameraStatusOn(canvas: HTMLElement, chosen: number | null): CameraStatus {
  let resting = true;
  let wanted = chosen;
  let framed: number | null = null;
  let posing = false;
  let reframe = false;
  const write = () => {
    const settled = !posing && !reframe;
    canvas.dataset.camera =
      resting && settled && (wanted === null || wanted === framed) ? 'still' : 'moving';
  };
  write();
  return {
    moving: () => {
      resting = false;
      reframe = false;
      write();
    },
    rested: () => {
      resting = true;
      write();
    },
    chose: (point) => {
      wanted = point;
      write();
    },
    framing: (point) => {
      framed = point;
      write();
    },
    posing: () => {
      posing = true;
      write();
    },
    settled: (poseChanged) => {
      posing = false;
      reframe = poseChanged;
      write();
    },
  };
}
