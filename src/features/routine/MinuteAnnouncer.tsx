import { minutesLeftText } from './format-time';

/**
 * The time for screen readers: a polite live region whose text changes once a minute (and at a
 * side switch), never every second. The visible clock is not live.
 */
export function MinuteAnnouncer({
  remainingMs,
  running,
  side,
  pointName,
}: {
  remainingMs: number;
  running: boolean;
  /** The side being pressed, for a pair worked one side at a time. */
  side: string | null;
  pointName: string;
}) {
  const text = running
    ? `${minutesLeftText(remainingMs)}${side === null ? '' : `, ${side.toLowerCase()}`}.`
    : `${pointName}: timer not running.`;
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="routine-announcer">
      {text}
    </p>
  );
}
