import { MS_PER_MINUTE } from './routine-engine';

/** "4:05": minutes and seconds left, rounded up so 0:00 shows only when the time is up. */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "4 minutes left", for screen readers: whole minutes, rounded up, said once a minute. */
export function minutesLeftText(ms: number): string {
  const minutes = Math.max(0, Math.ceil(ms / MS_PER_MINUTE));
  if (minutes === 0) return 'Time is up';
  return minutes === 1 ? '1 minute left' : `${minutes} minutes left`;
}

/** "12 min 30 s": a total for the summary. */
export function durationText(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
