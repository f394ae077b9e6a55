import { describe, expect, it } from 'vitest';
import { formatLongTasks, summariseTrace, type TraceEvent } from './trace-summary';

// Shaped as Chromium 14x sends them through Tracing.dataCollected (microseconds, one renderer
// for about:blank and one for the page), cut down to the fields the summary reads.
const BLANK = { pid: 1, tid: 1 };
const PAGE = { pid: 2, tid: 7 };
const NAVIGATION_US = 10_000_000;
const ms = (value: number) => value * 1000;
const at = (offsetMs: number) => NAVIGATION_US + ms(offsetMs);
const TIMELINE = 'devtools.timeline';
const TASK_CAT = 'disabled-by-default-devtools.timeline';

const task = (
  thread: typeof PAGE,
  startMs: number,
  durationMs: number,
  cpuMs?: number,
): TraceEvent => ({
  name: 'RunTask',
  cat: TASK_CAT,
  ph: 'X',
  ts: at(startMs),
  dur: ms(durationMs),
  ...(cpuMs === undefined ? {} : { tdur: ms(cpuMs) }),
  ...thread,
});

const EVENTS: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ts: 0, ...BLANK, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, ...PAGE, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: 2, tid: 9, args: { name: 'Compositor' } },
  // An iframe's navigation comes later and names no document: it is not the time origin.
  {
    name: 'navigationStart',
    cat: 'blink.user_timing',
    ph: 'R',
    ts: NAVIGATION_US,
    ...PAGE,
    args: { data: { documentLoaderURL: 'http://127.0.0.1:4173/#perf' } },
  },
  {
    name: 'navigationStart',
    cat: 'blink.user_timing',
    ph: 'R',
    ts: at(900),
    ...PAGE,
    args: { data: { documentLoaderURL: '' } },
  },
  // about:blank's renderer did one short task.
  task(BLANK, -50, 20),
  // The first-screen chunk evaluated: 120 ms.
  task(PAGE, 100, 120),
  {
    name: 'ThreadControllerImpl::RunTask',
    cat: 'toplevel',
    ph: 'X',
    ts: at(100),
    dur: ms(119),
    ...PAGE,
  },
  {
    name: 'v8.evaluateModule',
    cat: `${TIMELINE},v8`,
    ph: 'X',
    ts: at(101),
    dur: ms(110),
    ...PAGE,
    args: {
      data: { url: 'http://127.0.0.1:4173/assets/index-ab12.js', lineNumber: 9, columnNumber: 4 },
    },
  },
  // Module evaluation names no script; a 5 ms call inside it is not its source.
  task(PAGE, 1100, 140),
  {
    name: 'v8.evaluateModule',
    cat: `${TIMELINE},v8`,
    ph: 'X',
    ts: at(1101),
    dur: ms(130),
    ...PAGE,
  },
  {
    name: 'FunctionCall',
    cat: TIMELINE,
    ph: 'X',
    ts: at(1232),
    dur: ms(5),
    ...PAGE,
    args: { data: { url: 'http://127.0.0.1:4173/registerSW.js', functionName: '' } },
  },
  // A short task: not long.
  task(PAGE, 300, 49),
  // An animation frame drawing the body: 300 ms, most of it in one function of the 3D chunk.
  // It waited 60 ms of it for a core: its CPU time is 240 ms.
  task(PAGE, 500, 300, 240),
  { name: 'FireAnimationFrame', cat: TIMELINE, ph: 'X', ts: at(501), dur: ms(290), ...PAGE },
  {
    name: 'FunctionCall',
    cat: TIMELINE,
    ph: 'X',
    ts: at(502),
    dur: ms(280),
    ...PAGE,
    args: {
      data: {
        url: 'http://127.0.0.1:4173/assets/three-cd34.js',
        functionName: 'render',
        lineNumber: 40,
        columnNumber: 12,
      },
    },
  },
  // Layout with no script: 80 ms.
  task(PAGE, 900, 80),
  { name: 'Layout', cat: TIMELINE, ph: 'X', ts: at(901), dur: ms(70), ...PAGE },
  // On another thread of the page's process: never the main thread's.
  task({ pid: 2, tid: 9 }, 1000, 400),
];

describe('trace summary', () => {
  const summary = summariseTrace(EVENTS);

  it('lists the long tasks of the page main thread, longest first, timed from navigation', () => {
    expect(summary.longTasks.map((t) => [t.startMs, t.durationMs])).toEqual([
      [500, 300],
      [1100, 140],
      [100, 120],
      [900, 80],
    ]);
    expect(summary.longTaskCount).toBe(4);
  });

  it('gives the CPU time of each where the trace has it', () => {
    expect(summary.longTasks[0]!.cpuMs).toBe(240);
    expect(summary.longTasks[1]!.cpuMs).toBeNaN();
    // A long task without its thread time leaves no honest CPU total.
    expect(summary.cpuBlockingMs).toBeNaN();
  });

  it('counts a short task without thread time as blocking nothing, as its CPU time is less', () => {
    const patchy = summariseTrace([
      ...EVENTS.slice(0, 3),
      task(PAGE, 0, 200, 120),
      task(PAGE, 300, 40),
    ]);
    expect(patchy.cpuBlockingMs).toBe(70);
  });

  it('sums the CPU time beyond 50 ms of every task, long in wall time or not', () => {
    const contended = summariseTrace([
      ...EVENTS.slice(0, 3),
      task(PAGE, 0, 200, 120),
      task(PAGE, 300, 90, 30),
    ]);
    expect(contended.blockingMs).toBe(150 + 40);
    expect(contended.cpuBlockingMs).toBe(70);
  });

  it("tells a WebGL frame's readback apart from the page's own work", () => {
    // A frame's commit waits 150 ms for the software compositor's copy of the canvas, beside a
    // 90 ms task of script: without the wait the frame's task is 60 ms, 10 beyond 50.
    const withFrame = summariseTrace([
      ...EVENTS.slice(0, 3),
      task(PAGE, 0, 90),
      task(PAGE, 200, 210),
      { name: 'Commit', cat: TASK_CAT, ph: 'X', ts: at(205), dur: ms(190), ...PAGE },
      { name: 'GLES2::ReadPixels', cat: 'gpu', ph: 'X', ts: at(210), dur: ms(150), ...PAGE },
    ]);
    expect(withFrame.longTasks.map((t) => t.readbackMs)).toEqual([150, 0]);
    expect(withFrame.readbackMs).toBe(150);
    expect(withFrame.blockingMs).toBe(160 + 40);
    expect(withFrame.blockingWithoutReadbackMs).toBe(10 + 40);
    expect(formatLongTasks(withFrame).split('\n')[2]).toMatch(/\| 150 ms +\| Commit/);
  });

  it('names what ran in each and the script behind it', () => {
    expect(summary.longTasks.map((t) => [t.activity, t.source])).toEqual([
      ['FireAnimationFrame', '/assets/three-cd34.js:40:12 render'],
      ['v8.evaluateModule', ''],
      ['v8.evaluateModule', '/assets/index-ab12.js:9:4'],
      ['Layout', ''],
    ]);
  });

  it('adds up the blocking time beyond 50 ms as Lighthouse does', () => {
    expect(summary.blockingMs).toBe(250 + 90 + 70 + 30);
  });

  it('keeps only the longest when asked for fewer', () => {
    expect(summariseTrace(EVENTS, 1).longTasks.map((t) => t.durationMs)).toEqual([300]);
    expect(summariseTrace(EVENTS, 1).longTaskCount).toBe(4);
  });

  it('reports nothing, rather than failing, for a trace without a renderer', () => {
    expect(summariseTrace([task(PAGE, 0, 500)])).toEqual({
      longTasks: [],
      longTaskCount: 0,
      blockingMs: 0,
      cpuBlockingMs: 0,
      readbackMs: 0,
      blockingWithoutReadbackMs: 0,
    });
  });

  it('prints a table with a row per long task', () => {
    const table = formatLongTasks(summary).split('\n');
    expect(table).toHaveLength(2 + 4);
    expect(table[2]).toMatch(/500 ms +\| 300 ms +\| 240 ms +\| +\| FireAnimationFrame .*render/);
    expect(table[3]).toMatch(/\| n\/a +\|/);
    expect(table[5]).toMatch(/\(no script\)/);
  });
});
