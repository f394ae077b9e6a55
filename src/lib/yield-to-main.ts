interface Scheduler {
  yield: () => Promise<void>;
}

/**
 * Lets the browser handle input and paint before the caller's next piece of work: a long job
 * awaited in steps becomes tasks short enough not to freeze the page. `scheduler.yield()` where
 * the browser has it (it resumes ahead of other queued tasks), else a fresh task.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
