import type { ClassQuizResult } from './class-quiz-results';

/** One question's result, as the teacher saves it. */
export interface QuestionForCsv {
  point: number;
  name: string;
  /** When the teacher saved it: the CSV says which lesson it came from. */
  savedAt: Date;
  fingerWidthM: number;
  zoneRadiusM: number;
  result: ClassQuizResult;
}

const HEADER = [
  'saved_at',
  'point',
  'point_name',
  'tap',
  'distance_finger_widths',
  'distance_cm',
  'zone_radius_cm',
  'inside_zone',
];

const CM_PER_M = 100;
const BOM = '\uFEFF';

/**
 * A question's taps as CSV (RFC 4180: comma-separated, quoted where a field needs it, CRLF line
 * ends), one row a tap in the order they came, nearest side of a pair. The taps carry no names:
 * the hub never knew who tapped.
 */
export function classResultCsv(question: QuestionForCsv): string {
  const { result } = question;
  const rows = result.taps.map((tap, i) => [
    question.savedAt.toISOString(),
    String(question.point),
    question.name,
    String(i + 1),
    tap.distanceFingerWidths.toFixed(2),
    (tap.distanceFingerWidths * question.fingerWidthM * CM_PER_M).toFixed(1),
    (question.zoneRadiusM * CM_PER_M).toFixed(1),
    tap.within ? 'yes' : 'no',
  ]);
  // A byte-order mark first: without it Excel reads UTF-8 names as another code page.
  return BOM + [HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A field quoted where it holds a comma, a quote or a line break; quotes doubled inside. */
function csvField(value: string): string {
  // A leading = + - @ makes a spreadsheet read a formula: such a field is quoted behind a '.
  const safe = /^[=+\-@\t\r]/.test(value) && Number.isNaN(Number(value)) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The file name a question's results are saved under: the point and the time, sortable. */
export function classResultFileName(question: Pick<QuestionForCsv, 'point' | 'savedAt'>) {
  const stamp = question.savedAt.toISOString().slice(0, 16).replace(':', '-');
  return `class-quiz-point-${question.point}-${stamp}.csv`;
}
