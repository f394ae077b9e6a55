import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce';

const WAIT_MS = 200;

describe('debounce', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('sends only the latest of a quick run of changes, once the run stops', () => {
    const sent: number[] = [];
    const send = debounce((value: number) => sent.push(value), WAIT_MS);
    for (let value = 1; value <= 5; value++) {
      send.call(value);
      vi.advanceTimersByTime(WAIT_MS - 1);
    }
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([5]);
  });

  it('sends each change that comes after a quiet wait', () => {
    const sent: string[] = [];
    const send = debounce((value: string) => sent.push(value), WAIT_MS);
    send.call('a');
    vi.advanceTimersByTime(WAIT_MS);
    send.call('b');
    vi.advanceTimersByTime(WAIT_MS);
    expect(sent).toEqual(['a', 'b']);
  });

  it('flushes a waiting value at once, and cancel drops it', () => {
    const sent: string[] = [];
    const send = debounce((value: string) => sent.push(value), WAIT_MS);
    send.call('now');
    send.flush();
    expect(sent).toEqual(['now']);
    send.call('never');
    send.cancel();
    vi.advanceTimersByTime(WAIT_MS * 2);
    send.flush();
    expect(sent).toEqual(['now']);
  });
});
