import { useEffect, useId, useRef, useState } from 'react';
import { useDatasetSummary } from '../../state/dataset-context';
import { useAtlasActions, useAtlasStore } from '../../state/atlas-store';
import { toSearch, type PointSides } from '../../state/url';
import { NO_FILTERS } from '../../data/filters';
import { LESSON_NAME_MAX, lessonPointsText, readLessonPoints } from './lesson';
import { useLessonActions, useLessonStore } from './lesson-store';

/** The address that opens a lesson in Present on any device, at its first point. */
export function lessonLink(points: readonly number[], sides: PointSides): string {
  const search = toSearch({
    mode: 'present',
    point: points[0] ?? null,
    filters: NO_FILTERS,
    pointsInOrder: points,
    pointSides: sides,
  });
  return `${window.location.origin}${window.location.pathname}${search}`;
}

/**
 * Makes a lesson: a name and the points in the teacher's order, typed as numbers (the list in
 * Explore shows every number). Saved on this device and presented at once; its link opens it
 * on another device. A modal dialog, open while mounted, so Present's keys rest while the
 * teacher types.
 */
export function LessonEditor({
  startWith,
  onClose,
}: {
  /** The points shown now, as a start to edit. */
  startWith: readonly number[];
  /** The dialog closed: the caller unmounts it, so the next one starts afresh. */
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { points: all } = useDatasetSummary();
  const { save } = useLessonActions();
  const notice = useLessonStore((state) => state.notice);
  const { presentInOrder } = useAtlasActions();
  const [name, setName] = useState('');
  const [typed, setTyped] = useState(() =>
    lessonPointsText(startWith, useAtlasStore.getState().pointSides),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const ids = { name: useId(), points: useId(), problem: useId(), hint: useId() };

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);

  const submit = () => {
    const reading = readLessonPoints(typed, all);
    if (!reading.ok) return setProblem(reading.problem);
    const title = name.trim();
    if (title === '') return setProblem('Give the lesson a name, e.g. "Feet, Tuesday".');
    setProblem(null);
    const { points, sides } = reading;
    const named = Object.keys(sides).length > 0;
    save({
      name: title,
      points,
      ...(named ? { sides: Object.fromEntries(Object.entries(sides)) } : {}),
    });
    presentInOrder(points, named ? sides : undefined);
    setSaved(lessonLink(points, sides));
  };

  return (
    <dialog
      ref={dialog}
      className="dialog lesson-editor"
      aria-labelledby={`${ids.name}-title`}
      onClose={onClose}
    >
      <h2 id={`${ids.name}-title`}>Make a lesson</h2>
      {notice !== null && <p className="lesson-editor__problem">{notice}</p>}
      {saved === null ? (
        <form
          className="lesson-editor__form"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <label htmlFor={ids.name}>Name</label>
          <input
            id={ids.name}
            value={name}
            maxLength={LESSON_NAME_MAX}
            onChange={(event) => setName(event.target.value)}
            autoFocus
          />
          <label htmlFor={ids.points}>Points, in the order to show them</label>
          <p className="lesson-editor__hint" id={ids.hint}>
            A pair&apos;s number may take the side to show it on: 8, 3 left, 17 right.
          </p>
          <input
            id={ids.points}
            value={typed}
            aria-describedby={problem === null ? ids.hint : `${ids.hint} ${ids.problem}`}
            aria-invalid={problem !== null}
            onChange={(event) => setTyped(event.target.value)}
          />
          {problem !== null && (
            <p id={ids.problem} className="lesson-editor__problem" role="alert">
              {problem}
            </p>
          )}
          <div className="lesson-editor__choices">
            <button type="submit" className="button">
              Save and present
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => dialog.current?.close()}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="lesson-editor__saved" data-testid="lesson-saved">
          <p>Saved on this device. This link opens the lesson on any device:</p>
          <input
            className="lesson-editor__link"
            readOnly
            value={saved}
            aria-label="The lesson's link"
            onFocus={(event) => event.currentTarget.select()}
          />
          <div className="lesson-editor__choices">
            {typeof navigator.clipboard?.writeText === 'function' && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => void navigator.clipboard.writeText(saved).catch(() => {})}
              >
                Copy the link
              </button>
            )}
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              Present it
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
