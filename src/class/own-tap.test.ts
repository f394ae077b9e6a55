import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../lib/testing/memory-storage';
import { keepOwnTap, keptOwnTap } from './own-tap';

describe("a tab's own answer to a class question", () => {
  it('comes back after a reload for the same question, and only for it', () => {
    const storage = memoryStorage();
    keepOwnTap(storage, { questionId: 'q1', position: [0.1, 1.2, 0.05] });
    expect(keptOwnTap(storage, 'q1')).toEqual({ questionId: 'q1', position: [0.1, 1.2, 0.05] });
    expect(keptOwnTap(storage, 'q2')).toBeNull();
  });

  it('is not trusted when what is stored is no answer', () => {
    const storage = memoryStorage();
    for (const stored of [
      'not json',
      '{"questionId":"q1"}',
      '{"questionId":"q1","position":[9,0,0]}',
    ]) {
      storage.values.set('atlas.class.own-tap', stored);
      expect(keptOwnTap(storage, 'q1'), stored).toBeNull();
    }
    expect(keptOwnTap(null, 'q1')).toBeNull();
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => keepOwnTap(refusing, { questionId: 'q1', position: [0, 0, 0] })).not.toThrow();
    expect(keptOwnTap(refusing, 'q1')).toBeNull();
  });
});
