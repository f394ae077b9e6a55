import { RATING_MAX, RATING_MIN, type Rating } from './routine-engine';

const RATINGS = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);

/**
 * An optional 0–10 rating of discomfort. A native select: the phone opens its own large picker,
 * and "not given" is a choice of its own, unlike a slider.
 */
export function RatingSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Rating;
  onChange: (rating: Rating) => void;
}) {
  return (
    <label className="routine-rating">
      <span>{label}</span>
      <select
        value={value === null ? '' : String(value)}
        onChange={(event) => {
          const text = event.currentTarget.value;
          onChange(text === '' ? null : Number(text));
        }}
      >
        <option value="">Not given</option>
        {RATINGS.map((rating) => (
          <option key={rating} value={rating}>
            {rating === RATING_MIN
              ? `${rating}: none`
              : rating === RATING_MAX
                ? `${rating}: worst`
                : rating}
          </option>
        ))}
      </select>
    </label>
  );
}
