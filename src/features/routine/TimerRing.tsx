/** The ring's drawing box; the stroke is drawn inside it. */
const VIEW = 100;
const STROKE = 8;
const RADIUS = (VIEW - STROKE) / 2;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * The time left as a ring that empties clockwise from the top, with the clock text inside.
 * Decoration for sighted users: the text and the live region carry the same time.
 */
export function TimerRing({
  fractionLeft,
  text,
  switchAt,
}: {
  fractionLeft: number;
  text: string;
  /** Where the side switch falls, as a fraction of the point's time; null for none. */
  switchAt: number | null;
}) {
  const left = Math.min(1, Math.max(0, fractionLeft));
  const tickAngle = switchAt === null ? null : switchAt * 2 * Math.PI;
  const centre = VIEW / 2;
  return (
    <div className="timer-ring">
      <svg viewBox={`0 0 ${VIEW} ${VIEW}`} aria-hidden="true" focusable="false">
        <circle className="timer-ring__track" cx={centre} cy={centre} r={RADIUS} />
        <circle
          className="timer-ring__left"
          cx={centre}
          cy={centre}
          r={RADIUS}
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - left)}
          transform={`rotate(-90 ${centre} ${centre})`}
        />
        {tickAngle !== null && (
          <line
            className="timer-ring__switch"
            x1={centre + (RADIUS - STROKE) * Math.sin(tickAngle)}
            y1={centre - (RADIUS - STROKE) * Math.cos(tickAngle)}
            x2={centre + (RADIUS + STROKE / 2) * Math.sin(tickAngle)}
            y2={centre - (RADIUS + STROKE / 2) * Math.cos(tickAngle)}
          />
        )}
      </svg>
      <p className="timer-ring__text" data-testid="routine-time">
        {text}
      </p>
    </div>
  );
}
