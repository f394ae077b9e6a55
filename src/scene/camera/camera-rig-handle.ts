import type { CameraControlsImpl } from '@react-three/drei';
import type { PlacedMarker } from '../../data/placement';
import type { AskingView } from '../framing/asking-view';
import type { BodyFraming, CameraPose, SideView } from './camera-framing';

/**
 * What the camera rig hands the scene store while the 3D view is on screen (one view a page),
 * so the toolbar, the keyboard and the modes move the camera through plain calls
 * (camera-moves.ts).
 */
export interface CameraRigHandle {
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
  /**
   * Frames a point without choosing it (nothing names it), and returns the marker framed; null
   * while the body has no settled markers. `asking`: at a fixed scale, the point drawn off
   * centre (a class asked to find it).
   */
  frameUnchosen: (point: number, asking?: AskingView) => PlacedMarker | null;
  /** The question that framed a point unchosen is over: a resize no longer frames it again. */
  forgetUnchosen: () => void;
}

/** A framing with a name (the whole body, or a side): what a class shares instead of coordinates. */
export type NamedView = SideView | 'whole';
