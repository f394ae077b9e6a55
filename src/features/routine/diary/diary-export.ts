import type { DiaryEntry } from './diary-entry';

const MS_PER_MINUTE = 60_000;

/** The whole diary as JSON, in the shape it is kept in (with its version, to read it back). */
export function diaryJson(entries: readonly DiaryEntry[], version: number): string {
  return `${JSON.stringify({ version, entries }, null, 2)}\n`;
}

const CSV_COLUMNS = [
  'ended',
  'outcome',
  'points done',
  'points partly done',
  'points skipped',
  'minutes pressing',
  'discomfort before',
  'discomfort after',
  'note',
] as const;

/**
 * One row a routine, for a spreadsheet: the date in ISO form, the points by result, minutes
 * with one decimal, the ratings, the note. Fields are quoted where they hold a comma, quote or
 * line break, and a leading =, +, -, @, tab or carriage return is defused so a spreadsheet
 * never runs a note as a formula.
 */
export function diaryCsv(entries: readonly DiaryEntry[]): string {
  const rows = entries.map((entry) => {
    const points = (result: string) =>
      entry.points
        .filter((p) => p.result === result)
        .map((p) => p.point)
        .join(' ');
    return [
      new Date(entry.endedAt).toISOString(),
      entry.outcome,
      points('done'),
      points('partly'),
      points('skipped'),
      (entry.totalMs / MS_PER_MINUTE).toFixed(1),
      entry.before ?? '',
      entry.after ?? '',
      entry.note,
    ].map((value) => csvField(String(value)));
  });
  return `${[CSV_COLUMNS.map(csvField), ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Hands a file of the diary to the browser as a download; nothing is uploaded. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url));
}
