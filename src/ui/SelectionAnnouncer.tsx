import { useSelectedPoint } from '../state/selectors';

/** Screen readers hear which point is selected, however it was selected. */
export function SelectionAnnouncer() {
  const point = useSelectedPoint();
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="selection-announcer">
      {point === undefined ? '' : `Point ${point.number} selected: ${point.name}.`}
    </p>
  );
}
