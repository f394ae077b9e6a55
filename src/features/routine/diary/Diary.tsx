import './diary.css';
import { useRef, useState } from 'react';
import { durationText } from '../format-time';
import { RemindMe } from '../reminder/RemindMe';
import type { DiaryEntry } from './diary-entry';
import { diaryCsv, diaryJson, downloadText } from './diary-export';
import { DIARY_VERSION, useDiaryActions, useDiaryStore } from './diary-store';
import { DiaryChart } from './DiaryChart';
import { namedSelfMassagePoints } from '../routine-plan';
import { DATASET } from '../../../data/full-dataset';
import { MAX_MINUTES } from '../routine-engine';

/** How many of the latest routines the chart draws: a few weeks of daily use. */
const CHART_ENTRIES = 30;

const dateText = (at: number) =>
  new Date(at).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

/**
 * The private diary: every routine kept on this device, newest first, with how discomfort went
 * over time; exported as CSV or JSON, deleted one at a time or all at once. Nothing leaves the
 * device.
 */
export function Diary({ onClose }: { onClose: () => void }) {
  const entries = useDiaryStore((state) => state.entries);
  const notice = useDiaryStore((state) => state.notice);
  const { remove, clear, dismissNotice } = useDiaryActions();
  const [confirmingClear, setConfirmingClear] = useState(false);
  // A deleted row's button is gone: focus goes back to the diary's heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const newestFirst = [...entries].reverse();
  return (
    <section className="diary" aria-labelledby="diary-title" data-testid="diary">
      <div className="diary__head">
        <h2 id="diary-title" tabIndex={-1} data-screen-heading ref={heading}>
          Your diary
        </h2>
        <button type="button" className="button button--quiet routine-button" onClick={onClose}>
          Close the diary
        </button>
      </div>
      <p className="diary__private">
        Kept in this browser on this device only. Nothing is sent anywhere. &quot;Delete all&quot;
        removes every entry and any copy set aside from a damaged store; clearing the browser&apos;s
        data does too.
      </p>
      {notice !== null && (
        <div className="routine-notice" role="status" data-testid="diary-notice">
          <p>{notice}</p>
          <button type="button" className="button button--quiet" onClick={dismissNotice}>
            Dismiss
          </button>
        </div>
      )}
      {entries.length === 0 ? (
        <p data-testid="diary-empty">No routines yet. Each one you finish or stop shows here.</p>
      ) : (
        <>
          <DiaryChart entries={entries.slice(-CHART_ENTRIES)} />
          <ol className="diary__entries">
            {newestFirst.map((entry) => (
              <DiaryRow
                key={entry.id}
                entry={entry}
                onDelete={() => {
                  remove(entry.id);
                  heading.current?.focus();
                }}
              />
            ))}
          </ol>
          <div className="routine-actions">
            <button
              type="button"
              className="button button--quiet routine-button"
              onClick={() => downloadText(diaryCsv(entries), 'self-massage-diary.csv', 'text/csv')}
            >
              Export CSV
            </button>
            <button
              type="button"
              className="button button--quiet routine-button"
              onClick={() =>
                downloadText(
                  diaryJson(entries, DIARY_VERSION),
                  'self-massage-diary.json',
                  'application/json',
                )
              }
            >
              Export JSON
            </button>
            {confirmingClear ? (
              <>
                <button
                  type="button"
                  className="button routine-button diary__danger"
                  // It takes the place of the button just pressed.
                  autoFocus
                  onClick={() => {
                    clear();
                    setConfirmingClear(false);
                    heading.current?.focus();
                  }}
                >
                  Yes, delete all {entries.length}
                </button>
                <button
                  type="button"
                  className="button button--quiet routine-button"
                  onClick={() => setConfirmingClear(false)}
                >
                  Keep them
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button--quiet routine-button"
                onClick={() => setConfirmingClear(true)}
              >
                Delete all
              </button>
            )}
          </div>
        </>
      )}
      <RemindMe
        points={namedSelfMassagePoints(DATASET)}
        minutes={namedSelfMassagePoints(DATASET).length * MAX_MINUTES}
      />
    </section>
  );
}

function DiaryRow({ entry, onDelete }: { entry: DiaryEntry; onDelete: () => void }) {
  const count = (result: string) => entry.points.filter((p) => p.result === result).length;
  const rating = (value: number | null) => (value === null ? '–' : String(value));
  return (
    <li className="diary__entry" data-testid="diary-entry">
      <div className="diary__when">
        <strong>{dateText(entry.endedAt)}</strong>
        <span>{entry.outcome === 'finished' ? 'finished' : 'stopped part way'}</span>
      </div>
      <p className="diary__what">
        {count('done')} done, {count('partly')} partly, {count('skipped')} skipped ·{' '}
        {durationText(entry.totalMs)} pressing
        {(entry.before !== null || entry.after !== null) && (
          <>
            {' '}
            · discomfort {rating(entry.before)} → {rating(entry.after)}
          </>
        )}
      </p>
      {entry.note !== '' && <p className="diary__note">{entry.note}</p>}
      <button
        type="button"
        className="button button--quiet diary__delete"
        aria-label={`Delete the entry of ${dateText(entry.endedAt)}`}
        onClick={onDelete}
      >
        Delete
      </button>
    </li>
  );
}
