/**
 * `start` and everything it imports, at any depth, in a graph given by `importsOf` (a bundle's
 * chunks, a build manifest's entries). Each is visited once, so import cycles end.
 */
export function importClosure(
  start: string,
  importsOf: (key: string) => readonly string[],
): Set<string> {
  const reached = new Set<string>();
  const pending = [start];
  while (pending.length > 0) {
    const key = pending.pop()!;
    if (reached.has(key)) continue;
    reached.add(key);
    pending.push(...importsOf(key));
  }
  return reached;
}
