import { reminderCalendar, type ReminderRequest } from './reminder-calendar';

const FILE_NAME = 'self-massage-reminder.ics';
const CALENDAR_TYPE = 'text/calendar';

/**
 * Makes the calendar file and hands it to the phone: through the share sheet where the browser
 * can share files (the calendar app is one tap away), else as a download. ical.js loads only now,
 * not with the routine. Resolves to a sentence saying what happened.
 */
export async function saveReminder(
  request: Omit<ReminderRequest, 'link' | 'now'>,
): Promise<string> {
  const { default: ICAL } = await import('ical.js');
  const link = new URL(window.location.pathname, window.location.origin);
  link.searchParams.set('mode', 'routine');
  link.searchParams.set('points', request.points.join(','));
  const text = reminderCalendar(ICAL, { ...request, link: link.href, now: new Date() });
  const file = new File([text], FILE_NAME, { type: CALENDAR_TYPE });
  if (navigator.canShare?.({ files: [file] }) === true) {
    try {
      await navigator.share({ files: [file], title: 'Self-massage reminder' });
      return 'Shared: choose your calendar to add the reminder.';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError')
        return 'Not shared. Press "Add to my calendar" again when you are ready.';
      // Sharing failed for another reason: the download below still works.
    }
  }
  const url = URL.createObjectURL(file);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = FILE_NAME;
  anchor.click();
  // The download has its own copy once it starts; the next task is late enough to let go.
  setTimeout(() => URL.revokeObjectURL(url));
  return `Saved "${FILE_NAME}": open it to add the reminder to your calendar.`;
}
