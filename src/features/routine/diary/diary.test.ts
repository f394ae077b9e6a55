import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubWindowStorage } from '../../../lib/testing/memory-storage';
import { DATASET } from '../../../data/full-dataset';
import { setAsideKey } from '../../../lib/device-storage';
import * as engine from '../routine-engine';
import { namedSelfMassagePoints, planFor } from '../routine-plan';
import { conditionCount } from '../saved-routine';
import { entryFromRoutine, type DiaryEntry } from './diary-entry';
import { diaryCsv } from './diary-export';

const MINUTE = engine.MS_PER_MINUTE;
const AT = Date.UTC(2026, 2, 2, 19, 30);

const entry = (change: Partial<DiaryEntry> = {}): DiaryEntry => ({
  id: 'a1',
  endedAt: AT,
  outcome: 'finished',
  points: [
    { point: 3, result: 'done', spentMs: 5 * MINUTE },
    { point: 8, result: 'partly', spentMs: 90_000 },
    { point: 9, result: 'skipped', spentMs: 0 },
  ],
  totalMs: 5 * MINUTE + 90_000,
  before: 6,
  after: 4,
  note: '',
  ...change,
});

describe('a diary entry', () => {
  it('is written from a routine stopped part way, keeping what the person added before', () => {
    const points = namedSelfMassagePoints(DATASET).slice(0, 2);
    let routine = engine.rateBefore(
      engine.createRoutine(planFor(DATASET, points), conditionCount(DATASET), 1),
      7,
    );
    routine = engine.start(engine.beginPoints(engine.noneApply(routine)), 0);
    routine = engine.pause(routine, 30_000);
    const first = entryFromRoutine(routine, 'x', AT, undefined);
    expect(first).toEqual({
      id: 'x',
      endedAt: AT,
      outcome: 'stopped',
      points: [
        { point: points[0], result: 'partly', spentMs: 30_000 },
        { point: points[1], result: 'skipped', spentMs: 0 },
      ],
      totalMs: 30_000,
      before: 7,
      after: null,
      note: '',
    });
    const again = entryFromRoutine(routine, 'x', AT + 1, { ...first, after: 3, note: 'warm' });
    expect(again).toMatchObject({ after: 3, note: 'warm', before: 7 });
  });
});

describe('the diary as CSV', () => {
  it('has a header and one row a routine, points by result and minutes to one decimal', () => {
    const lines = diaryCsv([entry()]).split('\r\n');
    expect(lines[0]).toBe(
      'ended,outcome,points done,points partly done,points skipped,minutes pressing,' +
        'discomfort before,discomfort after,note',
    );
    expect(lines[1]).toBe('2026-03-02T19:30:00.000Z,finished,3,8,9,6.5,6,4,');
    expect(lines[2]).toBe('');
  });

  it('quotes commas, quotes and line breaks, and defuses a note that looks like a formula', () => {
    const [, row] = diaryCsv([entry({ note: 'better, "much"\nthanks', before: null })]).split(
      '\r\n',
    );
    expect(row).toBe('2026-03-02T19:30:00.000Z,finished,3,8,9,6.5,,4,"better, ""much""\nthanks"');
    const [, formula] = diaryCsv([entry({ note: '=HYPERLINK("x")' })]).split('\r\n');
    expect(formula?.endsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
  });
});

/** The diary store as a fresh page would load it, reading what is stored now. */
async function loadDiary() {
  vi.resetModules();
  return (await import('./diary-store')).useDiaryStore;
}

describe('the diary on the device', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('survives a reload, and deletes one entry or all', async () => {
    const items = stubWindowStorage({});
    let diary = await loadDiary();
    diary.getState().actions.save(entry({ id: 'b', endedAt: AT + MINUTE }));
    diary.getState().actions.save(entry({ id: 'a' }));
    diary.getState().actions.annotate('a', { after: 2, note: 'calmer' });
    diary = await loadDiary();
    expect(diary.getState().entries.map((e) => e.id)).toEqual(['a', 'b']); // oldest first
    expect(diary.getState().entries[0]).toMatchObject({ after: 2, note: 'calmer' });
    diary.getState().actions.remove('a');
    expect((await loadDiary()).getState().entries.map((e) => e.id)).toEqual(['b']);
    items.set(setAsideKey('acupressure-atlas.diary'), 'an old copy');
    items.set(setAsideKey('acupressure-atlas.routine'), 'an old routine');
    (await loadDiary()).getState().actions.clear();
    expect((await loadDiary()).getState().entries).toEqual([]);
    // "Delete all" leaves no copy of anyone's health behind.
    expect(items.has(setAsideKey('acupressure-atlas.diary'))).toBe(false);
    expect(items.has(setAsideKey('acupressure-atlas.routine'))).toBe(false);
  });

  it('reads the diary again when another tab saves it, so neither tab’s entry is lost', async () => {
    const listeners: ((event: { key: string }) => void)[] = [];
    const items = stubWindowStorage({});
    Object.assign(window, {
      addEventListener: (_type: string, listener: (event: { key: string }) => void) =>
        listeners.push(listener),
    });
    const here = await loadDiary();
    here.getState().actions.save(entry({ id: 'here' }));
    // The other tab, which loaded before that save, adds its own entry and saves its list.
    const stored = JSON.parse(items.get('acupressure-atlas.diary')!) as {
      state: { entries: DiaryEntry[] };
    };
    stored.state.entries.push(entry({ id: 'there', endedAt: AT + MINUTE }));
    items.set('acupressure-atlas.diary', JSON.stringify(stored));
    for (const listener of listeners) listener({ key: 'acupressure-atlas.diary' });
    here.getState().actions.save(entry({ id: 'later', endedAt: AT + 2 * MINUTE }));
    expect((await loadDiary()).getState().entries.map((e) => e.id)).toEqual([
      'here',
      'there',
      'later',
    ]);
  });

  it.each([
    ['text that is not JSON', '{"state":', /could not be read/],
    [
      'an entry that does not fit',
      JSON.stringify({ state: { entries: [{ ...entry(), before: 11 }] }, version: 1 }),
      /do not fit \(at entries\.0\.before\)/,
    ],
    ['another version', JSON.stringify({ state: { entries: [] }, version: 99 }), /another version/],
  ])('sets aside %s with a notice, and starts a new diary', async (_, text, reason) => {
    const items = stubWindowStorage({ 'acupressure-atlas.diary': text });
    const diary = await loadDiary();
    expect(diary.getState().entries).toEqual([]);
    expect(diary.getState().notice).toMatch(reason);
    expect(items.get(setAsideKey('acupressure-atlas.diary'))).toBe(text);
    diary.getState().actions.save(entry());
    expect(items.get(setAsideKey('acupressure-atlas.diary'))).toBe(text); // kept, not overwritten
  });
});
