import { useState } from 'react';
import type { Filters } from '../../data/filters';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';
import { useMarksActions, useMarksStore, type PenTool } from '../../state/marks-store';
import { DATASET } from '../../data/full-dataset';
import { canGoFullscreen, toggleFullscreen } from './fullscreen';
import { LessonEditor } from './LessonEditor';
import { useLessonStore } from './lesson-store';
import { usePresentActions, usePresentStore } from './present-store';
import { usePresentationSteps } from './use-presentation-steps';
import { REGIONS } from '../../../points/vocabulary';
import { REGION_LABELS } from '../../data/labels';

type TourSet = 'current' | 'all' | 'self' | 'new-lesson' | Filters['region'] | `lesson:${string}`;

/** Previous/next, the tour's play button, which points to show, and the way out. */
export function PresenterControls() {
  const steps = usePresentationSteps();
  const playing = usePresentStore((state) => state.tourPlaying);
  const { playTour, pauseTour, toggleBlank, askToLeave } = usePresentActions();
  const { setMode, clearFilters, setFilter, presentInOrder } = useAtlasActions();
  const sharedWithClass = useAtlasStore((state) => state.sharedWithClass);
  const lessons = useLessonStore((state) => state.lessons);
  const [editing, setEditing] = useState(false);

  const chooseSet = (set: TourSet) => {
    if (set === 'current') return;
    if (set === 'new-lesson') return setEditing(true);
    if (set.startsWith('lesson:')) {
      const lesson = lessons.find((saved) => `lesson:${saved.name}` === set);
      if (lesson !== undefined) presentInOrder(lesson.points, lesson.sides);
      return;
    }
    // A set of the atlas's own ends the lesson: the filters choose the points again.
    presentInOrder(undefined);
    clearFilters();
    if (set === 'self') setFilter('selfMassage', 'sentence');
    else if (set !== 'all') setFilter('region', set as Filters['region']);
  };

  return (
    <div className="presenter-controls" role="group" aria-label="Presentation controls">
      <button
        type="button"
        className="presenter-button"
        onClick={steps.previous}
        aria-keyshortcuts="PageUp"
      >
        ← Previous
      </button>
      <p className="presenter-position" data-testid="presentation-position">
        {steps.index < 0 ? '–' : steps.index + 1} of {steps.points.length}
      </p>
      <button
        type="button"
        className="presenter-button"
        onClick={steps.next}
        aria-keyshortcuts="PageDown"
      >
        Next →
      </button>
      <button
        type="button"
        className="presenter-button presenter-button--tour"
        aria-pressed={playing}
        onClick={playing ? pauseTour : playTour}
      >
        {playing ? 'Pause tour' : 'Play tour'}
      </button>
      <label className="presenter-set">
        <span>Points</span>
        <select
          value="current"
          onChange={(event) => chooseSet(event.target.value as TourSet)}
          aria-label="Which points to present"
        >
          <option value="current">
            {steps.inLesson ? 'This lesson' : 'Current selection'} ({steps.points.length})
          </option>
          <option value="all">All {DATASET.points.length} in order</option>
          <option value="self">The self-massage points</option>
          {REGIONS.map((region) => (
            <option key={region} value={region}>
              {REGION_LABELS[region]}
            </option>
          ))}
          {lessons.length > 0 && (
            <optgroup label="Lessons saved here">
              {lessons.map((lesson) => (
                <option key={lesson.name} value={`lesson:${lesson.name}`}>
                  {lesson.name} ({lesson.points.length})
                </option>
              ))}
            </optgroup>
          )}
          <option value="new-lesson">Make a lesson…</option>
        </select>
      </label>
      {editing && (
        <LessonEditor
          startWith={steps.points.map((point) => point.number)}
          onClose={() => setEditing(false)}
        />
      )}
      <PenTools />
      <button
        type="button"
        className="presenter-button"
        onClick={toggleBlank}
        aria-keyshortcuts="B"
        title="Key: B"
      >
        Blank <span className="presenter-key">(B)</span>
      </button>
      {canGoFullscreen() && (
        <button
          type="button"
          className="presenter-button"
          onClick={toggleFullscreen}
          aria-keyshortcuts="F"
          title="Key: F"
        >
          Full screen <span className="presenter-key">(F)</span>
        </button>
      )}
      <button
        type="button"
        className="presenter-button presenter-button--exit"
        onClick={() => (sharedWithClass ? askToLeave() : setMode('explore'))}
        aria-keyshortcuts="Escape"
        title="Key: Esc"
      >
        Exit <span className="presenter-key">(Esc)</span>
      </button>
    </div>
  );
}

const PEN_TOOLS: { tool: Exclude<PenTool, 'turn'>; label: string; hint: string }[] = [
  { tool: 'pen', label: 'Pen', hint: 'Draw on the body; a drag beside it still turns the view' },
  { tool: 'pointer', label: 'Pointer', hint: 'A dot follows the mouse over the body' },
];

/** The pen and the pointer (each a toggle back to turning the body), and a clean page. */
function PenTools() {
  const tool = useMarksStore((state) => state.tool);
  const { chooseTool, clear } = useMarksActions();
  return (
    <div className="presenter-pen" role="group" aria-label="Pen and pointer">
      {PEN_TOOLS.map(({ tool: offered, label, hint }) => (
        <button
          key={offered}
          type="button"
          className="presenter-button"
          aria-pressed={tool === offered}
          title={hint}
          onClick={() => chooseTool(tool === offered ? 'turn' : offered)}
        >
          {label}
        </button>
      ))}
      {/* Never disabled: a button that turned itself off under a click would drop the keyboard
          focus. Clearing a clean page does nothing. */}
      <button
        type="button"
        className="presenter-button"
        onClick={() => clear(useAtlasStore.getState().point)}
      >
        Clear
      </button>
    </div>
  );
}
