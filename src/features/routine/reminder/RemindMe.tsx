import './remind-me.css';
import { useEffect, useId, useRef, useState } from 'react';
import { WEEKDAYS, type Weekday } from './reminder-calendar';
import { saveReminder } from './save-reminder';

const DAY_NAMES: Record<Weekday, string> = {
  MO: 'Mon',
  TU: 'Tue',
  WE: 'Wed',
  TH: 'Thu',
  FR: 'Fri',
  SA: 'Sat',
  SU: 'Sun',
};
/** An evening hour: after the day's work, when a foot is easily in one's lap. */
const DEFAULT_TIME = '19:00';

/**
 * "Remind me": a calendar file made on the device, with a repeating event at the chosen time
 * (daily or on chosen weekdays) and the routine's link. The phone's own calendar does the
 * reminding; nothing is sent to a server.
 */
export function RemindMe({ points, minutes }: { points: readonly number[]; minutes: number }) {
  const [open, setOpen] = useState(false);
  const [time, setTime] = useState(DEFAULT_TIME);
  const [daily, setDaily] = useState(true);
  const [days, setDays] = useState<Weekday[]>(['MO', 'WE', 'FR']);
  const [status, setStatus] = useState('');
  const titleId = useId();
  // The form takes the place of the button just pressed: focus goes to its title.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) title.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <div className="routine-actions">
        <button
          type="button"
          className="button routine-button"
          onClick={() => {
            // Loaded now, so the tap that saves it can still open the phone's share sheet.
            void import('ical.js');
            setOpen(true);
          }}
        >
          Remind me
        </button>
      </div>
    );
  }
  const ready = time !== '' && (daily || days.length > 0);
  return (
    <form
      className="remind-me"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        if (!ready) return;
        setStatus('Making the calendar file…');
        saveReminder({ time, repeat: daily ? 'daily' : days, points, minutes }).then(
          (outcome) => setStatus(outcome),
          () => setStatus('The calendar file could not be made in this browser.'),
        );
      }}
    >
      <h3 id={titleId} tabIndex={-1} ref={title}>
        A reminder in your own calendar
      </h3>
      <label className="remind-me__time">
        <span>Time of day</span>
        <input
          type="time"
          required
          value={time}
          onChange={(event) => setTime(event.currentTarget.value)}
        />
      </label>
      <fieldset className="remind-me__repeat">
        <legend>Repeat</legend>
        <label className="routine-choice">
          <input
            type="radio"
            name="remind-repeat"
            checked={daily}
            onChange={() => setDaily(true)}
          />
          <span>Every day</span>
        </label>
        <label className="routine-choice">
          <input
            type="radio"
            name="remind-repeat"
            checked={!daily}
            onChange={() => setDaily(false)}
          />
          <span>On these days</span>
        </label>
      </fieldset>
      {!daily && (
        <fieldset className="remind-me__days">
          <legend>Days</legend>
          {WEEKDAYS.map((day) => (
            <label key={day} className="routine-choice">
              <input
                type="checkbox"
                checked={days.includes(day)}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  setDays(WEEKDAYS.filter((d) => (d === day ? on : days.includes(d))));
                }}
              />
              <span>{DAY_NAMES[day]}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="routine-actions">
        <button type="submit" className="button routine-button" aria-disabled={!ready}>
          Add to my calendar
        </button>
      </div>
      <p className="remind-me__status" role="status" data-testid="remind-status">
        {status === ''
          ? 'Made on this device as a calendar file; nothing is sent anywhere.'
          : status}
      </p>
    </form>
  );
}
