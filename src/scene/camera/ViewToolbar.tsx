import { useSceneStore, type CameraCommand } from '../scene-store';

const ROTATE_STEP_DEGREES = 30;
const TILT_STEP_DEGREES = 15;
const ZOOM_STEP = 1.4;

interface ToolbarButton {
  label: string;
  text: string;
  command: CameraCommand;
}

const VIEWS: ToolbarButton[] = [
  { label: 'Front view', text: 'Front', command: { kind: 'view', view: 'front' } },
  { label: 'Back view', text: 'Back', command: { kind: 'view', view: 'back' } },
  { label: "View the body's left side", text: 'Left', command: { kind: 'view', view: 'left' } },
  { label: "View the body's right side", text: 'Right', command: { kind: 'view', view: 'right' } },
];

const MOVES: ToolbarButton[] = [
  { label: 'Turn left', text: '⟲', command: { kind: 'rotate', degrees: -ROTATE_STEP_DEGREES } },
  { label: 'Turn right', text: '⟳', command: { kind: 'rotate', degrees: ROTATE_STEP_DEGREES } },
  { label: 'Look from higher', text: '↑', command: { kind: 'tilt', degrees: -TILT_STEP_DEGREES } },
  { label: 'Look from lower', text: '↓', command: { kind: 'tilt', degrees: TILT_STEP_DEGREES } },
  { label: 'Zoom in', text: '+', command: { kind: 'zoom', factor: ZOOM_STEP } },
  { label: 'Zoom out', text: '−', command: { kind: 'zoom', factor: 1 / ZOOM_STEP } },
  { label: 'Reset the view', text: 'Reset', command: { kind: 'reset' } },
];

/** Every camera move as a button, so nothing needs dragging (WCAG 2.5.7). */
export function ViewToolbar() {
  const send = useSceneStore((state) => state.send);
  return (
    <div className="view-toolbar" role="toolbar" aria-label="3D view controls">
      <div className="view-toolbar__group view-toolbar__group--views">
        {VIEWS.map((button) => (
          <button
            key={button.label}
            type="button"
            className="tool"
            aria-label={button.label}
            onClick={() => send(button.command)}
          >
            {button.text}
          </button>
        ))}
      </div>
      <div className="view-toolbar__group view-toolbar__group--moves">
        {MOVES.map((button) => (
          <button
            key={button.label}
            type="button"
            className="tool tool--icon"
            aria-label={button.label}
            title={button.label}
            onClick={() => send(button.command)}
          >
            <span aria-hidden="true">{button.text}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
