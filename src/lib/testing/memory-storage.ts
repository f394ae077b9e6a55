import { vi } from 'vitest';

/** A stand-in for a browser's Storage in Node, its contents open to the test. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

/**
 * A `window` whose localStorage is a memory storage, so a store's own `persist` runs in Node;
 * undo it with `vi.unstubAllGlobals()`. Returns the stored values.
 */
export function stubWindowStorage(initial: Record<string, string> = {}) {
  const localStorage = memoryStorage(initial);
  vi.stubGlobal('window', { localStorage });
  return localStorage.values;
}
