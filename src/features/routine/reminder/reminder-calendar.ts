import type ICALModule from 'ical.js';

type Ical = typeof ICALModule;

/** Days of the week as iCalendar names them, Monday first. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ReminderRequest {
  /** Local time of day, "HH:MM" as a time input gives it. */
  time: string;
  /** Every day, or these days of the week. */
  repeat: 'daily' | readonly Weekday[];
  points: readonly number[];
  /** How long the routine takes, so the calendar blocks the time. */
  minutes: number;
  /** The routine's own link, opened from the calendar. */
  link: string;
  /** The moment the reminder is made: the first one falls after it. */
  now: Date;
}

/** `Date.getDay()` (Sunday 0) to the iCalendar weekday. */
const BY_JS_DAY: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const DAYS_IN_A_WEEK = 7;
const MAX_LINE_OCTETS = 75;

/** The first day on or after `now` at `time` that the repeat rule includes, in local time. */
export function firstReminder(request: ReminderRequest): Date {
  const [hours = 0, minutes = 0] = request.time.split(':').map(Number);
  for (let ahead = 0; ahead <= DAYS_IN_A_WEEK; ahead++) {
    const day = new Date(request.now);
    day.setDate(day.getDate() + ahead);
    day.setHours(hours, minutes, 0, 0);
    const weekday = BY_JS_DAY[day.getDay()]!;
    const included = request.repeat === 'daily' || request.repeat.includes(weekday);
    if (included && day > request.now) return day;
  }
  throw new Error('a weekly reminder needs at least one day');
}

/**
 * A calendar file with one repeating event for the routine: at the chosen local time ("floating",
 * so it stays at that hour wherever the phone is), daily or on the chosen weekdays, with an alarm
 * and the routine's link. Written by ical.js, which also folds and escapes the text.
 */
export function reminderCalendar(ICAL: Ical, request: ReminderRequest): string {
  // RFC 5545 keeps every line within 75 octets; ical.js folds at its `foldLength` and then adds
  // the continuation line's leading space, one over.
  ICAL.foldLength = MAX_LINE_OCTETS - 1;
  const first = firstReminder(request);
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', '-//Acupressure point atlas//Routine reminder//EN');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');

  const component = new ICAL.Component('vevent');
  const event = new ICAL.Event(component);
  event.uid = `${first.getTime().toString(36)}-${request.points.join('-')}@acupressure-atlas`;
  component.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(request.now, true));
  event.startDate = ICAL.Time.fromData({
    year: first.getFullYear(),
    month: first.getMonth() + 1,
    day: first.getDate(),
    hour: first.getHours(),
    minute: first.getMinutes(),
    second: 0,
    isDate: false,
  });
  event.duration = ICAL.Duration.fromSeconds(Math.max(1, request.minutes) * 60);
  event.summary = 'Self-massage routine';
  event.description =
    `Points ${request.points.join(', ')}, about ${request.minutes} minutes. ` +
    `Open the routine: ${request.link}\n` +
    'Unverified: not medical advice. Skip it and see a doctor if anything on the check applies.';
  component.addPropertyWithValue('url', request.link);
  component.addPropertyWithValue(
    'rrule',
    ICAL.Recur.fromData(
      request.repeat === 'daily'
        ? { freq: 'DAILY' }
        : { freq: 'WEEKLY', byday: [...request.repeat] },
    ),
  );
  const alarm = new ICAL.Component('valarm');
  alarm.addPropertyWithValue('action', 'DISPLAY');
  alarm.addPropertyWithValue('description', 'Self-massage routine');
  alarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(0));
  component.addSubcomponent(alarm);
  calendar.addSubcomponent(component);
  return calendar.toString();
}
