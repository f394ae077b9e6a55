import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { firstReminder, reminderCalendar, type ReminderRequest } from './reminder-calendar';

// A Monday morning, local time: the reminders below fall relative to it.
const MONDAY_9AM = new Date(2026, 2, 2, 9, 0, 0);

const request = (change: Partial<ReminderRequest> = {}): ReminderRequest => ({
  time: '19:30',
  repeat: 'daily',
  points: [3, 8, 9],
  minutes: 15,
  link: 'http://127.0.0.1:4173/?mode=routine&points=3,8,9',
  now: MONDAY_9AM,
  ...change,
});

/** The one event of a calendar file, read back by a well-kept parser. */
function parsedEvent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  return { calendar, component: events[0]!, event: new ICAL.Event(events[0]!) };
}

describe('the reminder calendar file', () => {
  it('parses, with a daily rule at the chosen local time, the link and an alarm', () => {
    const text = reminderCalendar(ICAL, request());
    expect(text.split('\r\n')[0]).toBe('BEGIN:VCALENDAR');
    const { calendar, component, event } = parsedEvent(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(event.startDate.toString()).toBe('2026-03-02T19:30:00');
    // Floating local time: no zone, so the reminder stays at 19:30 wherever the phone is.
    expect(event.startDate.zone?.tzid).toBe('floating');
    expect(String(component.getFirstPropertyValue('rrule'))).toBe('FREQ=DAILY');
    expect(event.duration.toSeconds()).toBe(15 * 60);
    expect(event.description).toContain(request().link);
    expect(component.getFirstPropertyValue('url')).toBe(request().link);
    expect(component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe(
      'DISPLAY',
    );
  });

  it('repeats weekly on the chosen days, starting on the first of them still to come', () => {
    const text = reminderCalendar(ICAL, request({ repeat: ['WE', 'SA'], time: '07:00' }));
    const { component, event } = parsedEvent(text);
    expect(String(component.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;BYDAY=WE,SA');
    expect(event.startDate.toString()).toBe('2026-03-04T07:00:00');
    // The next three reminders, as a calendar would expand them.
    const expand = event.iterator();
    const dates = [expand.next(), expand.next(), expand.next()].map((t) => t?.toString());
    expect(dates).toEqual(['2026-03-04T07:00:00', '2026-03-07T07:00:00', '2026-03-11T07:00:00']);
  });

  it('starts tomorrow when today’s time has passed, and never on a day not chosen', () => {
    expect(firstReminder(request({ time: '08:00' }))).toEqual(new Date(2026, 2, 3, 8, 0, 0));
    expect(firstReminder(request({ time: '08:00', repeat: ['MO'] }))).toEqual(
      new Date(2026, 2, 9, 8, 0, 0),
    );
    expect(() => firstReminder(request({ repeat: [] }))).toThrow(/at least one day/);
  });

  it('keeps long text intact through folding and escaping', () => {
    const link = `http://192.168.1.20:4173/?mode=routine&points=${'1,'.repeat(40)}24`;
    const { event } = parsedEvent(reminderCalendar(ICAL, request({ link })));
    expect(event.description).toContain(link);
    expect(
      reminderCalendar(ICAL, request({ link }))
        .split('\r\n')
        .every((l) => l.length <= 75),
    ).toBe(true);
  });
});
