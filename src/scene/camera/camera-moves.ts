import type { CameraControlsImpl } from '@react-three/drei';
import { prefersReducedMotion } from '../../lib/reduced-motion';
import type { BodyFraming, CameraPose, SideView } from './camera-framing';
import { named } from './named-views';

const DEGREE = Math.PI / 180;

interface AttachedControls {
  controls: CameraControlsImpl;
  /** Asks for a frame: an instant move (reduced motion) starts no transition by itself. */
  redraw: () => void;
  /** Told before each move, so the camera reads as moving from the moment it is asked. */
  onMove: () => void;
  /** Told of a move the user asked for (a view button, a turn, a zoom), not an app framing. */
  onUserMove: () => void;
  /** Where on the view the camera's target is to be drawn (`instant`: at once). */
  focus: (focus: CameraPose['focus'], instant: boolean) => void;
  /** How the whole body is framed in the view as it is now. */
  framing: () => BodyFraming;
  /** Frames the chosen point again (the side named, else the one the view shows best). */
  frameChosen: () => void;
}

let attached: AttachedControls | null = null;

/**
 * The camera rig registers its controls here while the 3D view is on screen (there is one view
 * per page), so the toolbar, the keyboard and the modes move the camera with a plain call.
 */
export function attachCameraControls(own: AttachedControls) {
  attached = own;
  return () => {
    if (attached === own) attached = null;
  };
}

function move(act: (rig: AttachedControls, animate: boolean) => unknown, instant = false) {
  if (attached === null) return;
  attached.onMove();
  act(attached, !instant && !prefersReducedMotion());
  attached.redraw();
}

/** A move the user asked for (a button, a key): the app's framings leave it be from then on. */
function userMove(act: (rig: AttachedControls, animate: boolean) => unknown) {
  attached?.onUserMove();
  move(act);
}

/** Every camera move the app offers; each does nothing while no 3D view is on screen. */
export const cameraMoves = {
  /** `instant`: jump there instead of flying (the view opening on a point already chosen). */
  to: (pose: CameraPose, { instant = false } = {}) =>
    move(({ controls, focus }, animate) => {
      focus(pose.focus, !animate);
      return controls.setLookAt(...pose.position, ...pose.target, animate);
    }, instant),
  reset: () => {
    if (attached === null) return;
    named('whole');
    cameraMoves.to(attached.framing().home());
  },
  /** The whole body, framed by the app itself (no point, no set): not a view the user named. */
  home: () => {
    if (attached !== null) cameraMoves.to(attached.framing().home());
  },
  view: (view: SideView) => {
    if (attached === null) return;
    attached.onUserMove();
    named(view);
    cameraMoves.to(attached.framing().side(view));
  },
  /** Back to the chosen point after looking around (a class following its teacher). */
  frameChosen: () => attached?.frameChosen(),
  rotate: (degrees: number) =>
    userMove(({ controls }, animate) => controls.rotate(degrees * DEGREE, 0, animate)),
  tilt: (degrees: number) =>
    userMove(({ controls }, animate) => controls.rotate(0, degrees * DEGREE, animate)),
  zoom: (factor: number) =>
    userMove(({ controls }, animate) =>
      controls.dolly(controls.distance * (1 - 1 / factor), animate),
    ),
};
