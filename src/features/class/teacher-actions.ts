import {
  classAvailability,
  createClassSession,
  resumeClassSession,
  type Presenter,
  type PresenterCallbacks,
  type PresenterCredentials,
} from '../../class/client';
import type { ShareState, View } from '../../class/protocol';
import { useAtlasStore } from '../../state/atlas-store';
import { INITIAL_CLASS_STATE, type GetClass, type SetClass } from './class-state';
import { debounce } from './debounce';
import { sameShareState, shareStateOf } from './share-state';

/** The teacher's class survives a reload of the page, not the closing of the tab. */
const CREDENTIALS_KEY = 'atlas.class.presenter';
/**
 * How long the teacher's view must stay put before it goes to the class: a quick run of clicks
 * (stepping through points, changing filters) sends one update, and a drag sends nothing.
 */
const PUBLISH_DEBOUNCE_MS = 250;

export interface TeacherActions {
  /** Asks the server whether it has a class hub; hides "Share" on a static host. */
  checkAvailability: () => Promise<void>;
  /** Starts a class with the teacher's current view. */
  startSharing: () => Promise<void>;
  /** After a reload: takes the class this tab started back, if there is one. */
  resumeSharing: () => boolean;
  /** Ends the class on every device. */
  endSharing: () => Promise<void>;
  /** The class is told what the camera shows now: a named view, or the chosen point. */
  showView: (view: View) => void;
  askClass: (point: number) => Promise<void>;
  revealAnswers: () => Promise<void>;
  closeQuestion: () => Promise<void>;
}

const viewOfChoice = (): View => (useAtlasStore.getState().point === null ? 'whole' : 'point');

export function teacherActions(set: SetClass, get: GetClass): TeacherActions {
  const presenter = () => {
    const { link } = get();
    return link?.role === 'teacher' ? link.presenter : null;
  };
  const currentShareState = () => {
    const { link } = get();
    return shareStateOf(
      useAtlasStore.getState(),
      link?.role === 'teacher' ? link.view : viewOfChoice(),
    );
  };

  const callbacks: PresenterCallbacks = {
    onPresence: ({ students }) => set({ students }),
    onQuiz: (quiz) => set({ quiz }),
    onConnection: (connection) => {
      set({ connection });
      if (connection === 'ended') finish();
    },
    onError: (error) => set({ problem: error.message }),
  };

  /** Keeps the started class as this tab's link; `startedWith` is the view the class got first. */
  function attach(started: Presenter, view: View, startedWith: ShareState) {
    sessionStorage.setItem(CREDENTIALS_KEY, JSON.stringify(started.credentials));
    let sent = startedWith;
    const publish = debounce(() => {
      const next = currentShareState();
      if (presenter() !== started || sameShareState(next, sent)) return;
      sent = next;
      void started.publish(next);
    }, PUBLISH_DEBOUNCE_MS);
    set({
      sessionId: started.sessionId,
      link: {
        role: 'teacher',
        presenter: started,
        view,
        schedulePublish: () => publish.call(undefined),
        cancelPublish: () => publish.cancel(),
      },
    });
  }

  function finish() {
    const { link, available, joinOrigins } = get();
    if (link?.role === 'teacher') {
      link.cancelPublish();
      link.presenter.dispose();
    }
    sessionStorage.removeItem(CREDENTIALS_KEY);
    set({ ...INITIAL_CLASS_STATE, available, joinOrigins, link: null });
    useAtlasStore.getState().actions.setMarkerReveal('all');
  }

  return {
    async checkAvailability() {
      const availability = await classAvailability();
      // Said on the page too, so a test (or a curious teacher in devtools) can tell "no hub" from
      // "not asked yet".
      document.documentElement.dataset.classHub = availability === null ? 'absent' : 'present';
      set({ available: availability !== null, joinOrigins: availability?.joinOrigins ?? [] });
    },
    async startSharing() {
      set({ role: 'teacher', connection: 'connecting', problem: null, codeShown: true });
      const view = viewOfChoice();
      const state = shareStateOf(useAtlasStore.getState(), view);
      try {
        attach(await createClassSession(state, callbacks), view, state);
      } catch (error) {
        set({
          role: 'none',
          problem: `The class could not be started: ${error instanceof Error ? error.message : 'the server did not answer'}.`,
        });
      }
    },
    resumeSharing() {
      if (get().link !== null) return true;
      const credentials = storedCredentials();
      if (credentials === null) return false;
      set({ role: 'teacher', connection: 'connecting', codeShown: false });
      const view = viewOfChoice();
      try {
        const state = shareStateOf(useAtlasStore.getState(), view);
        attach(resumeClassSession(credentials, state, callbacks), view, state);
        return true;
      } catch {
        sessionStorage.removeItem(CREDENTIALS_KEY);
        set({ role: 'none' });
        return false;
      }
    },
    async endSharing() {
      const ending = presenter();
      if (ending === null) return;
      await ending.end().catch(() => undefined);
      finish();
    },
    showView(view) {
      const { link } = get();
      if (link?.role !== 'teacher') return;
      set({ link: { ...link, view } });
      link.schedulePublish();
    },
    async askClass(point) {
      const asking = presenter();
      if (asking === null) return;
      const { selectPoint, setMarkerReveal } = useAtlasStore.getState().actions;
      // The class must find it: neither the projector nor the phones show the point meanwhile.
      setMarkerReveal('selected');
      selectPoint(null);
      const quiz = await asking.ask(point);
      if (quiz !== null) set({ quiz });
    },
    async revealAnswers() {
      const { quiz } = get();
      const revealing = presenter();
      if (revealing === null || quiz.status !== 'open') return;
      const revealed = await revealing.reveal();
      if (revealed !== null) set({ quiz: revealed });
      useAtlasStore.getState().actions.selectPoint(quiz.point);
    },
    async closeQuestion() {
      const closing = presenter();
      if (closing === null) return;
      const closed = await closing.close();
      set({ quiz: closed ?? { status: 'none' } });
      useAtlasStore.getState().actions.setMarkerReveal('all');
    },
  };
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
