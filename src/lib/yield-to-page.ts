interface SchedulerWithYield {
  yield: () => Promise<void>;
}

/**
 * Ends the current task and resumes in a new one, so input and frames waiting in between go
 * first: `scheduler.yield()` where the browser has it (the rest of the work keeps its place in
 * the queue), else a message to this page, which runs before timers' clamped delays.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
