import { useAtlasStore } from './atlas-store';
import { JOIN_PARAMETER, parseLink, toSearch } from './url';

/**
 * Keeps the address bar and the store in step, both ways: the opening link sets the store,
 * each change writes the link (a new history entry when the point changes, so Back returns to
 * the previous point), and Back/Forward set the store again.
 */
export function startUrlSync(pointCount: number): () => void {
  const opening = parseLink(window.location.search, pointCount);
  useAtlasStore.getState().actions.applyLink(opening.state, opening.hints);
  writeLink('replace');

  const unsubscribe = useAtlasStore.subscribe((state, previous) => {
    const sameLink =
      state.mode === previous.mode &&
      state.point === previous.point &&
      state.filters === previous.filters &&
      state.pointsInOrder === previous.pointsInOrder &&
      state.pointSides === previous.pointSides;
    if (sameLink) return;
    const newPlace = state.point !== previous.point || state.mode !== previous.mode;
    writeLink(newPlace ? 'push' : 'replace');
  });
  const onPopState = () => {
    useAtlasStore.getState().actions.applyLink(parseLink(window.location.search, pointCount).state);
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

function writeLink(how: 'push' | 'replace') {
  const { mode, point, filters, pointsInOrder, pointSides } = useAtlasStore.getState();
  const search = withJoinCode(toSearch({ mode, point, filters, pointsInOrder, pointSides }));
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (how === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** A student's class code stays in the link, so a reload joins the class again. */
function withJoinCode(search: string): string {
  const code = new URLSearchParams(window.location.search).get(JOIN_PARAMETER);
  if (code === null) return search;
  const params = new URLSearchParams(search);
  params.set(JOIN_PARAMETER, code);
  return `?${params.toString()}`;
}
