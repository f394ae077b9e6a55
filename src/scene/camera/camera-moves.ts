import type { CameraControlsImpl } from '@react-three/drei';
import { prefersReducedMotion } from '../../lib/reduced-motion';
import {
  STANDING_FRAMING,
  type BodyFraming,
  type CameraPose,
  type SideView,
} from './camera-framing';
import { named } from './named-views';

const DEGREE = Math.PI / 180;

interface AttachedControls {
  controls: CameraControlsImpl;
  /** Asks for a frame: an instant move (reduced motion) starts no transition by itself. */
  redraw: () => void;
  /** Told before each move, so the camera reads as moving from the moment it is asked. */
  onMove: () => void;
}

let attached: AttachedControls | null = null;
/** How the whole body is framed now: the rig sets it when the body settles in a pose. */
let framing: BodyFraming = STANDING_FRAMING;

export function setBodyFraming(next: BodyFraming) {
  framing = next;
}

/**
 * The camera rig registers its controls here while the 3D view is on screen (there is one view
 * per page), so the toolbar, the keyboard and the modes move the camera with a plain call.
 */
export function attachCameraControls(
  controls: CameraControlsImpl,
  redraw: () => void,
  onMove: () => void,
) {
  const own = { controls, redraw, onMove };
  attached = own;
  return () => {
    if (attached === own) attached = null;
  };
}

function move(act: (controls: CameraControlsImpl, animate: boolean) => unknown, instant = false) {
  if (attached === null) return;
  attached.onMove();
  act(attached.controls, !instant && !prefersReducedMotion());
  attached.redraw();
}

/** Every camera move the app offers; each does nothing while no 3D view is on screen. */
export const cameraMoves = {
  /** `instant`: jump there instead of flying (the view opening on a point already chosen). */
  to: (pose: CameraPose, { instant = false } = {}) =>
    move(
      (controls, animate) => controls.setLookAt(...pose.position, ...pose.target, animate),
      instant,
    ),
  reset: () => {
    named('whole');
    cameraMoves.to(framing.home);
  },
  view: (view: SideView) => {
    named(view);
    cameraMoves.to(framing.side(view));
  },
  rotate: (degrees: number) =>
    move((controls, animate) => controls.rotate(degrees * DEGREE, 0, animate)),
  tilt: (degrees: number) =>
    move((controls, animate) => controls.rotate(0, degrees * DEGREE, animate)),
  zoom: (factor: number) =>
    move((controls, animate) => controls.dolly(controls.distance * (1 - 1 / factor), animate)),
};
