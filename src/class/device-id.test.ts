import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../lib/testing/memory-storage';
import { deviceId, DEVICE_ID_KEY } from './device-id';
import { clientIdSchema } from './protocol';

describe("a tab's id for class answers", () => {
  it('is made once and kept', () => {
    const storage = memoryStorage();
    const first = deviceId(storage);
    expect(clientIdSchema.safeParse(first).success).toBe(true);
    expect(deviceId(storage)).toBe(first);
    expect(storage.values.get(DEVICE_ID_KEY)).toBe(first);
  });

  it.each(['', 'short', 'has spaces in it', '<script>alert(1)</script>', 'x'.repeat(65)])(
    'replaces a stored value that is no valid id: %j',
    (corrupt) => {
      const storage = memoryStorage({ [DEVICE_ID_KEY]: corrupt });
      const id = deviceId(storage);
      expect(id).not.toBe(corrupt);
      expect(clientIdSchema.safeParse(id).success).toBe(true);
      expect(storage.values.get(DEVICE_ID_KEY)).toBe(id);
    },
  );

  it('still gives an id when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
    };
    expect(clientIdSchema.safeParse(deviceId(refusing)).success).toBe(true);
    expect(clientIdSchema.safeParse(deviceId(null)).success).toBe(true);
  });
});
