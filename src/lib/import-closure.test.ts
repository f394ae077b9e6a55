import { describe, expect, it } from 'vitest';
import { importClosure } from './import-closure';

describe('import closure', () => {
  const graph: Record<string, string[]> = {
    entry: ['react'],
    view: ['three', 'entry'],
    three: ['react', 'view'],
    quiz: ['three'],
    react: [],
  };

  it('reaches every import at any depth, once, through cycles, and nothing that is not imported', () => {
    expect([...importClosure('view', (key) => graph[key] ?? [])].sort()).toEqual([
      'entry',
      'react',
      'three',
      'view',
    ]);
    expect([...importClosure('react', (key) => graph[key] ?? [])]).toEqual(['react']);
  });
});
