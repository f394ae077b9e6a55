/** One event of a Chromium trace (the Trace Event Format the DevTools protocol's Tracing sends). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  /** Microseconds, on the trace's own clock. */
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, microseconds: wall time less waiting for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    fileName?: string;
    data?: {
      url?: string;
      functionName?: string;
      lineNumber?: number;
      columnNumber?: number;
      documentLoaderURL?: string;
      stackTrace?: { url?: string; functionName?: string }[];
    };
  };
}

export interface LongTask {
  /** Milliseconds after navigation started. */
  startMs: number;
  durationMs: number;
  /**
   * The main thread's CPU time in it: on a machine whose cores are shared, the part that is the
   * page's own work rather than waiting for a core (NaN if the trace has no thread times).
   */
  cpuMs: number;
  /**
   * Of the task, the time the main thread waited for a WebGL frame to be read back
   * (`GLES2::ReadPixels`): a browser compositing in software, as Chromium without a GPU does,
   * copies each frame of a WebGL canvas back to the page this way. With a GPU (a phone) the
   * compositor shows the frame where it was drawn, and the main thread does not wait for it.
   */
  readbackMs: number;
  /** The longest piece of work inside the task (EvaluateScript, FunctionCall, Layout, …). */
  activity: string;
  /** The script behind it (path and function), or '' when no script ran in it. */
  source: string;
}

export interface TraceSummary {
  /** The longest tasks, longest first. */
  longTasks: LongTask[];
  longTaskCount: number;
  /** Sum over long tasks of their time beyond 50 ms, as Lighthouse's TBT counts it. */
  blockingMs: number;
  /**
   * The same sum over every task's CPU time: what would block on an idle machine, steadier than
   * wall time while other programs take turns on the cores (NaN without thread times).
   */
  cpuBlockingMs: number;
  /** The time of the long tasks spent waiting for WebGL frames to be read back (see readbackMs). */
  readbackMs: number;
  /**
   * The blocking time left when no task waits for a read-back frame: the page's own work, as a
   * browser with GPU compositing would block on it.
   */
  blockingWithoutReadbackMs: number;
}

/** A task at least this long blocks input noticeably (the Long Tasks API's threshold). */
export const LONG_TASK_MS = 50;
const US_PER_MS = 1000;
/** The share of a task a script must have run to be named as its source. */
const MIN_SCRIPT_SHARE = 0.25;
const TOP_LEVEL_TASK = 'RunTask';
/** The main thread's wait for a WebGL frame copied back for software compositing (category gpu). */
const FRAME_READBACK = 'GLES2::ReadPixels';
const RENDERER_MAIN = 'CrRendererMain';

const isComplete = (event: TraceEvent): event is TraceEvent & { dur: number } =>
  event.ph === 'X' && typeof event.dur === 'number';
const threadKey = (event: TraceEvent) => `${event.pid}:${event.tid}`;

/** The script an event ran: its URL, then (minified builds) the function's name and position. */
function scriptOf(event: TraceEvent): { url: string; where: string } | null {
  const data = event.args?.data;
  const url = data?.url || data?.stackTrace?.[0]?.url || event.args?.fileName || '';
  if (url === '') return null;
  const name = data?.functionName || data?.stackTrace?.[0]?.functionName || '';
  const position =
    data?.lineNumber === undefined ? '' : `:${data.lineNumber}:${data.columnNumber ?? 0}`;
  return { url: shortUrl(url) + position, where: name };
}

/** What the browser was doing, as DevTools' timeline names it (not the scheduler's wrappers). */
const TIMELINE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
const isTimelineActivity = (event: TraceEvent) =>
  event.name !== TOP_LEVEL_TASK &&
  (event.cat ?? '').split(',').some((category) => TIMELINE_CATEGORIES.includes(category));

/** 'http://127.0.0.1:4173/assets/index-ab12.js' → '/assets/index-ab12.js'; other text as it is. */
function shortUrl(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/**
 * The page's main thread: of the renderers' main threads (a navigation may change process), the
 * one that spent the most time in top-level tasks.
 */
function pageMainThread(events: readonly TraceEvent[]): string | null {
  const mainThreads = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name')
      .filter((event) => event.args?.name === RENDERER_MAIN)
      .map(threadKey),
  );
  const busy = new Map<string, number>();
  for (const event of events) {
    if (event.name !== TOP_LEVEL_TASK || !isComplete(event)) continue;
    const key = threadKey(event);
    if (mainThreads.has(key)) busy.set(key, (busy.get(key) ?? 0) + event.dur);
  }
  let best: string | null = null;
  for (const [key, time] of busy) if (best === null || time > busy.get(best)!) best = key;
  return best;
}

/**
 * The long tasks (≥ 50 ms) of the page's main thread in a recorded trace, each with what ran in
 * it and the script it came from, the `top` longest first.
 */
export function summariseTrace(events: readonly TraceEvent[], top = 10): TraceSummary {
  const main = pageMainThread(events);
  if (main === null) {
    return {
      longTasks: [],
      longTaskCount: 0,
      blockingMs: 0,
      cpuBlockingMs: 0,
      readbackMs: 0,
      blockingWithoutReadbackMs: 0,
    };
  }
  const onMain = events.filter(
    (event): event is TraceEvent & { dur: number } =>
      isComplete(event) && threadKey(event) === main,
  );
  // The page's own navigation (frames the page adds start navigations of their own).
  const navigation = events.find(
    (event) =>
      event.name === 'navigationStart' &&
      threadKey(event) === main &&
      (event.args?.data?.documentLoaderURL ?? '') !== '',
  );
  const tasks = onMain.filter((event) => event.name === TOP_LEVEL_TASK);
  const origin = navigation?.ts ?? Math.min(...tasks.map((task) => task.ts));
  const long = tasks.filter((task) => task.dur >= LONG_TASK_MS * US_PER_MS);

  const described = long.map((task): LongTask => {
    const end = task.ts + task.dur;
    const inside = onMain.filter(
      (event) => event !== task && event.ts >= task.ts && event.ts + event.dur <= end,
    );
    const longest = (candidates: typeof inside) =>
      candidates.reduce<(typeof inside)[number] | null>(
        (best, event) => (best === null || event.dur > best.dur ? event : best),
        null,
      );
    const activity = longest(inside.filter(isTimelineActivity));
    // A script that ran only a sliver of the task is not what blocked it (module evaluation,
    // for one, names no script): better no name than the wrong one.
    const scripted = longest(inside.filter((event) => scriptOf(event) !== null));
    const script =
      scripted === null || scripted.dur < task.dur * MIN_SCRIPT_SHARE ? null : scriptOf(scripted);
    const readback = inside
      .filter((event) => event.name === FRAME_READBACK)
      .reduce((sum, event) => sum + event.dur, 0);
    return {
      startMs: (task.ts - origin) / US_PER_MS,
      durationMs: task.dur / US_PER_MS,
      cpuMs: (task.tdur ?? NaN) / US_PER_MS,
      readbackMs: readback / US_PER_MS,
      activity: activity?.name ?? '(task)',
      source:
        script === null ? '' : [script.url, script.where].filter((part) => part !== '').join(' '),
    };
  });
  described.sort((a, b) => b.durationMs - a.durationMs);
  return {
    longTasks: described.slice(0, top),
    longTaskCount: long.length,
    blockingMs: described.reduce((sum, task) => sum + (task.durationMs - LONG_TASK_MS), 0),
    cpuBlockingMs: tasks.reduce((sum, task) => sum + cpuBeyondLongTask(task), 0),
    readbackMs: described.reduce((sum, task) => sum + task.readbackMs, 0),
    blockingWithoutReadbackMs: described.reduce(
      (sum, task) => sum + Math.max(0, task.durationMs - task.readbackMs - LONG_TASK_MS),
      0,
    ),
  };
}

/**
 * A task's CPU time beyond 50 ms. A task with no thread time in the trace (Chromium leaves it off
 * now and then) counts nothing if it was short, as its CPU time is at most its wall time;
 * a long one makes the total unknown.
 */
function cpuBeyondLongTask(task: TraceEvent & { dur: number }): number {
  if (task.tdur === undefined) return task.dur <= LONG_TASK_MS * US_PER_MS ? 0 : NaN;
  return Math.max(0, task.tdur / US_PER_MS - LONG_TASK_MS);
}

/** A plain-text table of the long tasks, in the bench's style. */
export function formatLongTasks(summary: TraceSummary): string {
  const header = ['Start', 'Duration', 'CPU', 'Frame readback', 'Activity', 'Source'];
  const rows = summary.longTasks.map((task) => [
    `${task.startMs.toFixed(0)} ms`,
    `${task.durationMs.toFixed(0)} ms`,
    Number.isFinite(task.cpuMs) ? `${task.cpuMs.toFixed(0)} ms` : 'n/a',
    task.readbackMs > 0 ? `${task.readbackMs.toFixed(0)} ms` : '',
    task.activity,
    task.source === '' ? '(no script)' : task.source,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
