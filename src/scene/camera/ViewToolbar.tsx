import type { SideView } from './camera-framing';
import { registerObstacle } from '../markers/label-obstacles';
import { cameraMoves } from './camera-moves';

const ROTATE_STEP_DEGREES = 30;
const TILT_STEP_DEGREES = 15;
const ZOOM_STEP = 1.4;

interface ToolbarButton {
  label: string;
  text: string;
  move: () => void;
}

const view = (label: string, text: string, side: SideView): ToolbarButton => ({
  label,
  text,
  move: () => cameraMoves.view(side),
});

const VIEWS: ToolbarButton[] = [
  view('Front view', 'Front', 'front'),
  view('Back view', 'Back', 'back'),
  view("View the body's left side", 'Left', 'left'),
  view("View the body's right side", 'Right', 'right'),
];

const MOVES: ToolbarButton[] = [
  { label: 'Turn left', text: '⟲', move: () => cameraMoves.rotate(-ROTATE_STEP_DEGREES) },
  { label: 'Turn right', text: '⟳', move: () => cameraMoves.rotate(ROTATE_STEP_DEGREES) },
  { label: 'Look from higher', text: '↑', move: () => cameraMoves.tilt(-TILT_STEP_DEGREES) },
  { label: 'Look from lower', text: '↓', move: () => cameraMoves.tilt(TILT_STEP_DEGREES) },
  { label: 'Zoom in', text: '+', move: () => cameraMoves.zoom(ZOOM_STEP) },
  { label: 'Zoom out', text: '−', move: () => cameraMoves.zoom(1 / ZOOM_STEP) },
  { label: 'Reset the view', text: 'Reset', move: cameraMoves.reset },
];

/** A one-character symbol is drawn larger than a word, to read as an icon. */
const isGlyph = (text: string) => [...text].length === 1;

/** Every camera move as a button, so nothing needs dragging (WCAG 2.5.7). */
export function ViewToolbar() {
  return (
    <div className="view-toolbar" role="toolbar" aria-label="3D view controls">
      <div className="view-toolbar__group view-toolbar__group--views" ref={registerObstacle}>
        {VIEWS.map((button) => (
          <button
            key={button.label}
            type="button"
            className="tool"
            aria-label={button.label}
            onClick={button.move}
          >
            {button.text}
          </button>
        ))}
      </div>
      <div className="view-toolbar__group view-toolbar__group--moves" ref={registerObstacle}>
        {MOVES.map((button) => (
          <button
            key={button.label}
            type="button"
            className={isGlyph(button.text) ? 'tool tool--icon' : 'tool'}
            aria-label={button.label}
            title={button.label}
            onClick={button.move}
          >
            <span aria-hidden="true">{button.text}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
