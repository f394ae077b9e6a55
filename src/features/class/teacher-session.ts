import {
  classAvailability,
  createClassSession,
  resumeClassSession,
  type Presenter,
  type PresenterCallbacks,
  type PresenterCredentials,
} from '../../class/client';
import type { View } from '../../class/protocol';
import { onNamedView } from '../../scene/camera/named-views';
import { useAtlasStore } from '../../state/atlas-store';
import { INITIAL_CLASS_STATE, setClassState, useClassStore } from './class-store';
import { debounce } from './debounce';
import { sameShareState, shareStateOf } from './share-state';

/** The teacher's class survives a reload of the page, not the closing of the tab. */
const CREDENTIALS_KEY = 'atlas.class.presenter';
/**
 * How long the teacher's view must stay put before it goes to the class: a quick run of clicks
 * (stepping through points, changing filters) sends one update, and a drag sends nothing.
 */
export const PUBLISH_DEBOUNCE_MS = 250;

let presenter: Presenter | null = null;
let stopWatching: (() => void) | null = null;
let view: View = 'whole';

/** Asks the server whether it has a class hub; hides "Share" on a static host. */
export async function checkAvailability(): Promise<void> {
  const availability = await classAvailability();
  // Said on the page too, so a test (or a curious teacher in devtools) can tell "no hub" from
  // "not asked yet".
  document.documentElement.dataset.classHub = availability === null ? 'absent' : 'present';
  setClassState({
    available: availability !== null,
    joinOrigins: availability?.joinOrigins ?? [],
  });
}

const callbacks: PresenterCallbacks = {
  onPresence: ({ students }) => setClassState({ students }),
  onQuiz: (quiz) => setClassState({ quiz }),
  onConnection: (connection) => {
    setClassState({ connection });
    if (connection === 'ended') finish();
  },
  onError: (error) => setClassState({ problem: error.message }),
};

function currentShareState() {
  return shareStateOf(useAtlasStore.getState(), view);
}

/** Starts a class with the teacher's current view. */
export async function startSharing(): Promise<void> {
  setClassState({ role: 'teacher', connection: 'connecting', problem: null, codeShown: true });
  view = useAtlasStore.getState().point === null ? 'whole' : 'point';
  try {
    attach(await createClassSession(currentShareState(), callbacks));
  } catch (error) {
    setClassState({
      role: 'none',
      problem: `The class could not be started: ${error instanceof Error ? error.message : 'the server did not answer'}.`,
    });
  }
}

/** After a reload: takes the class this tab started back, if there is one. */
export function resumeSharing(): boolean {
  const credentials = storedCredentials();
  if (credentials === null) return false;
  setClassState({ role: 'teacher', connection: 'connecting', codeShown: false });
  view = useAtlasStore.getState().point === null ? 'whole' : 'point';
  try {
    attach(resumeClassSession(credentials, currentShareState(), callbacks));
    return true;
  } catch {
    sessionStorage.removeItem(CREDENTIALS_KEY);
    setClassState({ role: 'none' });
    return false;
  }
}

/** Ends the class on every device. */
export async function endSharing(): Promise<void> {
  const ending = presenter;
  if (ending === null) return;
  await ending.end().catch(() => undefined);
  finish();
}

export async function askClass(point: number): Promise<void> {
  if (presenter === null) return;
  const { selectPoint, setMarkerReveal } = useAtlasStore.getState().actions;
  // The class must find it: neither the projector nor the phones show the point meanwhile.
  setMarkerReveal('selected');
  selectPoint(null);
  const quiz = await presenter.ask(point);
  if (quiz !== null) setClassState({ quiz });
}

export async function revealAnswers(): Promise<void> {
  const quiz = useClassStore.getState().quiz;
  if (presenter === null || quiz.status !== 'open') return;
  const revealed = await presenter.reveal();
  if (revealed !== null) setClassState({ quiz: revealed });
  useAtlasStore.getState().actions.selectPoint(quiz.point);
}

export async function closeQuestion(): Promise<void> {
  if (presenter === null) return;
  const closed = await presenter.close();
  setClassState({ quiz: closed ?? { status: 'none' } });
  useAtlasStore.getState().actions.setMarkerReveal('all');
}

function attach(started: Presenter) {
  presenter = started;
  sessionStorage.setItem(CREDENTIALS_KEY, JSON.stringify(started.credentials));
  setClassState({ sessionId: started.sessionId });
  let sent = currentShareState();
  const publish = debounce(() => {
    const next = currentShareState();
    if (presenter === null || sameShareState(next, sent)) return;
    sent = next;
    void presenter.publish(next);
  }, PUBLISH_DEBOUNCE_MS);
  const unsubscribeStore = useAtlasStore.subscribe((state, previous) => {
    if (state.point !== previous.point || state.side !== previous.side)
      view = state.point === null ? 'whole' : 'point';
    publish.call(undefined);
  });
  const unsubscribeViews = onNamedView((named) => {
    view = named;
    publish.call(undefined);
  });
  stopWatching = () => {
    publish.cancel();
    unsubscribeStore();
    unsubscribeViews();
  };
}

function finish() {
  stopWatching?.();
  stopWatching = null;
  presenter?.dispose();
  presenter = null;
  sessionStorage.removeItem(CREDENTIALS_KEY);
  const { available, joinOrigins } = useClassStore.getState();
  setClassState({ ...INITIAL_CLASS_STATE, available, joinOrigins });
  useAtlasStore.getState().actions.setMarkerReveal('all');
}

function storedCredentials(): PresenterCredentials | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(CREDENTIALS_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { sessionId, presenterSecret } = parsed as Record<string, unknown>;
    return typeof sessionId === 'string' && typeof presenterSecret === 'string'
      ? { sessionId, presenterSecret }
      : null;
  } catch {
    return null;
  }
}
