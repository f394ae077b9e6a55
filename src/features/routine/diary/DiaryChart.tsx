import { RATING_MAX } from '../routine-engine';
import type { DiaryEntry } from './diary-entry';

const WIDTH = 320;
const HEIGHT = 140;
const PAD = { left: 28, right: 10, top: 10, bottom: 22 };
const GRID_STEP = 5;

/**
 * Discomfort before and after each routine, oldest on the left: two lines on a 0–10 scale.
 * Decoration beside the list, which carries the same numbers as text.
 */
export function DiaryChart({ entries }: { entries: readonly DiaryEntry[] }) {
  const rated = entries.filter((e) => e.before !== null || e.after !== null);
  if (rated.length === 0) return null;
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) =>
    PAD.left + (rated.length === 1 ? innerWidth / 2 : (index / (rated.length - 1)) * innerWidth);
  const y = (rating: number) => PAD.top + innerHeight * (1 - rating / RATING_MAX);
  const series = (pick: (e: DiaryEntry) => number | null) =>
    rated.flatMap((entry, index) => {
      const value = pick(entry);
      return value === null ? [] : [{ x: x(index), y: y(value), value }];
    });
  const before = series((e) => e.before);
  const after = series((e) => e.after);
  const path = (points: { x: number; y: number }[]) =>
    points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  const grid = Array.from({ length: RATING_MAX / GRID_STEP + 1 }, (_, i) => i * GRID_STEP);
  return (
    <figure className="diary-chart" data-testid="diary-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="diary-chart-caption">
        {grid.map((rating) => (
          <g key={rating}>
            <line
              className="diary-chart__grid"
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(rating)}
              y2={y(rating)}
            />
            <text className="diary-chart__axis" x={PAD.left - 6} y={y(rating) + 4}>
              {rating}
            </text>
          </g>
        ))}
        <path className="diary-chart__before" d={path(before)} />
        <path className="diary-chart__after" d={path(after)} />
        {before.map((p, i) => (
          <circle key={`b${i}`} className="diary-chart__before-dot" cx={p.x} cy={p.y} r={3.5} />
        ))}
        {after.map((p, i) => (
          <circle key={`a${i}`} className="diary-chart__after-dot" cx={p.x} cy={p.y} r={3.5} />
        ))}
      </svg>
      <figcaption id="diary-chart-caption">
        Discomfort (0 none, 10 worst) over your last {rated.length} rated routine
        {rated.length === 1 ? '' : 's'}:{' '}
        <span className="diary-chart__key diary-chart__key--before">before</span> and{' '}
        <span className="diary-chart__key diary-chart__key--after">after</span>.
      </figcaption>
    </figure>
  );
}
