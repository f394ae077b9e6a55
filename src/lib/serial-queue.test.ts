import { describe, expect, it } from 'vitest';
import { serialQueue } from './serial-queue';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('serialQueue', () => {
  it('starts a job only once the one before it has settled', async () => {
    const queue = serialQueue();
    const log: string[] = [];
    let finishFirst!: () => void;
    const first = queue.run(
      () =>
        new Promise<void>((resolve) => {
          log.push('first starts');
          finishFirst = resolve;
        }),
    );
    const second = queue.run(async () => {
      log.push('second starts');
      return 2;
    });
    await settle();
    expect(log).toEqual(['first starts']);
    finishFirst();
    await first;
    expect(await second).toBe(2);
    expect(log).toEqual(['first starts', 'second starts']);
  });

  it('goes on after a job fails, and tells only that job\u2019s caller', async () => {
    const queue = serialQueue();
    const failing = queue.run(async () => {
      throw new Error('no worker');
    });
    const next = queue.run(async () => 'ran');
    await expect(failing).rejects.toThrow('no worker');
    expect(await next).toBe('ran');
  });
});
