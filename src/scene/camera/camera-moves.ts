import { prefersReducedMotion } from '../../lib/reduced-motion';
import { useSceneStore } from '../scene-store';
import type { AskingView } from '../framing/asking-view';
import type { CameraPose, SideView } from './camera-framing';
import type { CameraRigHandle, NamedView } from './camera-rig-handle';

const DEGREE = Math.PI / 180;

const rig = () => useSceneStore.getState().rig;
const nameView = (view: NamedView) => useSceneStore.getState().actions.nameView(view);

function move(act: (rig: CameraRigHandle, animate: boolean) => unknown, instant = false) {
  const attached = rig();
  if (attached === null) return;
  attached.onMove();
  act(attached, !instant && !prefersReducedMotion());
  attached.redraw();
}

/** A move the user asked for (a button, a key): the app's framings leave it be from then on. */
function userMove(act: (rig: CameraRigHandle, animate: boolean) => unknown) {
  rig()?.onUserMove();
  move(act);
}

/**
 * Every camera move the app offers, through the rig the scene store holds; each does nothing
 * while no 3D view is on screen.
 */
export const cameraMoves = {
  /** `instant`: jump there instead of flying (the view opening on a point already chosen). */
  to: (pose: CameraPose, { instant = false } = {}) =>
    move(({ controls, focus }, animate) => {
      focus(pose.focus, !animate);
      return controls.setLookAt(...pose.position, ...pose.target, animate);
    }, instant),
  reset: () => {
    const attached = rig();
    if (attached === null) return;
    nameView('whole');
    cameraMoves.to(attached.framing().home());
  },
  /** The whole body, framed by the app itself (no point, no set): not a view the user named. */
  home: () => {
    const attached = rig();
    if (attached !== null) cameraMoves.to(attached.framing().home());
  },
  view: (view: SideView) => {
    const attached = rig();
    if (attached === null) return;
    attached.onUserMove();
    nameView(view);
    cameraMoves.to(attached.framing().side(view));
  },
  /** Back to the chosen point after looking around (a class following its teacher). */
  frameChosen: () => rig()?.frameChosen(),
  /** A point framed for a question about it, unnamed: the marker framed, null with no view. */
  frameUnchosen: (point: number, asking?: AskingView) =>
    rig()?.frameUnchosen(point, asking) ?? null,
  forgetUnchosen: () => rig()?.forgetUnchosen(),
  rotate: (degrees: number) =>
    userMove(({ controls }, animate) => controls.rotate(degrees * DEGREE, 0, animate)),
  tilt: (degrees: number) =>
    userMove(({ controls }, animate) => controls.rotate(0, degrees * DEGREE, animate)),
  zoom: (factor: number) =>
    userMove(({ controls }, animate) =>
      controls.dolly(controls.distance * (1 - 1 / factor), animate),
    ),
};
