import type { Rolldown } from 'vite';

type ChunkingContext = Parameters<Rolldown.CodeSplittingNameFunction>[1];

/** The group of the first screen's modules; the chunk it makes is the entry's, named after it. */
export const FIRST_SCREEN_GROUP = 'first-screen';

/**
 * Puts the entry and every module it imports statically (at any depth) into one chunk. Left to
 * itself, the bundler makes a small chunk of each module the first screen shares with a lazily
 * loaded part (the stores, the link parser, the dataset's summary, React): about twenty requests
 * before the first screen can run, and some kilobytes of gzip overhead. Lazily loaded parts
 * import these from the entry's chunk instead.
 */
export function firstScreenChunk(): (moduleId: string, context: ChunkingContext) => string | null {
  // Per chunking pass: a rebuild from the same config may have other imports.
  const passes = new WeakMap<ChunkingContext, Map<string, boolean>>();
  return (moduleId, context) => {
    let reached = passes.get(context);
    if (reached === undefined) passes.set(context, (reached = new Map()));
    return reachedFromEntry(moduleId, context, reached) ? FIRST_SCREEN_GROUP : null;
  };
}

/** Whether a chain of static importers leads from the entry to `id`; `reached` caches answers. */
function reachedFromEntry(
  id: string,
  context: ChunkingContext,
  reached: Map<string, boolean>,
): boolean {
  const known = reached.get(id);
  if (known !== undefined) return known;
  const visited = new Set<string>();
  const toVisit = [id];
  while (toVisit.length > 0) {
    const next = toVisit.pop()!;
    if (visited.has(next) || reached.get(next) === false) continue;
    visited.add(next);
    const info = context.getModuleInfo(next);
    if (info === null) continue;
    if (info.isEntry || reached.get(next) === true) {
      reached.set(id, true);
      return true;
    }
    toVisit.push(...info.importers);
  }
  // Every importer of every module visited was visited too: none of them is reached.
  for (const module of visited) reached.set(module, false);
  return false;
}
