import { joinClass } from '../../class/client';
import { deviceId } from '../../class/device-id';
import { keepOwnTap, keptOwnTap } from '../../class/own-tap';
import { classPaths, type ShareState, type Tap } from '../../class/protocol';
import { cameraMoves } from '../../scene/camera/camera-moves';
import { useAtlasStore } from '../../state/atlas-store';
import { useMarksStore } from '../../state/marks-store';
import type { GetClass, SetClass } from './class-state';
import { bringsStudentBack, studentModeFor } from './share-state';
import { awaitsOwnTap, frameAskedPoint } from './asked-view';

const selectNoPoint = () => useAtlasStore.getState().actions.selectPoint(null);

export interface StudentActions {
  /** Joins the class of `code`, after checking it is running: a bad or ended code gets a hint. */
  joinAsStudent: (code: string) => Promise<void>;
  /** A join link that cannot be used: the student is told why, and keeps a working atlas. */
  refuseJoin: (problem: string) => void;
  /** "Follow the teacher": back to the teacher's point and view. */
  followTeacher: () => void;
  /** The student looked around on their own: stop following until asked (or a new point). */
  lookAround: () => void;
  /** Answers the open question with a tap on the body. */
  answerWithTap: (position: Tap['position']) => Promise<void>;
  /** Puts away the note of a class that could not be joined or has ended. */
  dismissClass: () => void;
}

export function studentActions(set: SetClass, get: GetClass): StudentActions {
  /** Changes made for the teacher, which do not count as the student looking around. */
  function withoutLookingAround(change: () => void) {
    const { link } = get();
    if (link?.role !== 'student') return;
    set({ link: { ...link, applying: true } });
    try {
      change();
    } finally {
      const now = get().link;
      if (now?.role === 'student') set({ link: { ...now, applying: false } });
    }
  }

  function showTeachersView(state: ShareState, reframe: boolean) {
    if (get().link?.role !== 'student') return;
    withoutLookingAround(() => {
      const { applyLink, setShowPosture, showSide } = useAtlasStore.getState().actions;
      applyLink({ mode: studentModeFor(state.mode), point: state.point, filters: state.filters });
      showSide(state.side ?? null);
      setShowPosture(state.showPosture);
    });
    // While a question waits for this phone's tap, its own view of the asked part stays: the
    // teacher's (the whole body, once the point is put away for asking) would undo it.
    if (awaitsOwnTap(get())) return;
    // Each device flies there itself; a new point is framed by the camera rig on selection.
    if (state.view === 'whole') cameraMoves.reset();
    else if (state.view !== 'point') cameraMoves.view(state.view);
    else if (reframe && state.point !== null) cameraMoves.frameChosen();
  }

  return {
    async joinAsStudent(code) {
      set({ role: 'student', sessionId: code, connection: 'connecting', problem: null });
      let status: number;
      try {
        status = (await fetch(classPaths.session(code))).status;
      } catch {
        status = 0;
      }
      if (status === 410) {
        set({
          connection: 'ended',
          problem: 'This class has already ended. The atlas is yours to explore.',
        });
        return;
      }
      // Joined already (a second mount of the class's layer asked too): one stream a device.
      if (get().link !== null) return;
      if (status !== 200) {
        set({
          connection: 'ended',
          problem:
            status === 404
              ? 'No class is running with this code (it may have ended). The atlas works on its own; ask your teacher for the address again.'
              : 'The teacher’s computer could not be reached. The atlas works on its own meanwhile.',
        });
        return;
      }
      const student = joinClass(
        code,
        {
          onState: (state) => {
            const { teacherState, following } = get();
            const back = following || bringsStudentBack(teacherState, state);
            set({ teacherState: state, following: back });
            if (back)
              showTeachersView(
                state,
                teacherState?.point === state.point &&
                  (teacherState.side ?? null) === (state.side ?? null),
              );
          },
          onQuiz: (quiz) => {
            const before = get().quiz;
            // After a reload the tab's own answer comes back from its storage.
            const ownTap =
              get().ownTap ??
              ('questionId' in quiz ? keptOwnTap(tabStorage(), quiz.questionId) : null);
            const keepTap =
              ownTap !== null && 'questionId' in quiz && quiz.questionId === ownTap.questionId;
            // Kept through the reveal, so the student can find their own answer among the class's.
            set({
              quiz,
              ownTap:
                keepTap && (quiz.status === 'open' || quiz.status === 'revealed') ? ownTap : null,
            });
            useAtlasStore
              .getState()
              .actions.setMarkerReveal(quiz.status === 'open' ? 'selected' : 'all');
            // The teacher puts their point away to ask, but that reaches the phones a moment
            // after the question: meanwhile the phone would show the point's marker.
            const opened =
              quiz.status === 'open' &&
              (before.status !== 'open' || before.questionId !== quiz.questionId);
            if (opened) withoutLookingAround(() => selectNoPoint());
            // A question over: its asking view is not framed again. Put away unrevealed, the
            // teacher's view, held back while it waited, comes back to a following phone.
            if (before.status === 'open' && quiz.status !== 'open') {
              cameraMoves.forgetUnchosen();
              const { following, teacherState } = get();
              if (quiz.status !== 'revealed' && following && teacherState !== null)
                showTeachersView(teacherState, true);
            }
          },
          onMarks: (marks) => useMarksStore.getState().actions.show(marks),
          onConnection: (connection) => set({ connection }),
        },
        { clientId: deviceId(tabStorage()) },
      );
      set({ link: { role: 'student', student, applying: false } });
    },
    refuseJoin: (problem) => set({ role: 'student', connection: 'ended', problem }),
    followTeacher() {
      const { teacherState, quiz } = get();
      set({ following: true });
      if (teacherState !== null) showTeachersView(teacherState, true);
      // Back from looking around during a question: back to the asked part, not the teacher's.
      if (awaitsOwnTap(get()) && quiz.status === 'open')
        frameAskedPoint(quiz.point, quiz.questionId);
    },
    lookAround() {
      const { link, role } = get();
      if (role === 'student' && !(link?.role === 'student' && link.applying))
        set({ following: false });
    },
    async answerWithTap(position) {
      const { quiz, ownTap, link } = get();
      if (link?.role !== 'student' || quiz.status !== 'open') return;
      if (ownTap?.questionId === quiz.questionId) return;
      const tap = { questionId: quiz.questionId, position };
      set({ ownTap: tap });
      const outcome = await link.student.answer(position, quiz.questionId);
      if (!outcome.ok && outcome.reason !== 'already-answered') {
        set({ ownTap: null, problem: 'Your answer did not reach the teacher; tap again.' });
      } else {
        // Kept for a reload only once the hub has it: a tap that failed must stay tappable.
        keepOwnTap(tabStorage(), tap);
        set({ problem: null });
      }
    },
    dismissClass() {
      const { link } = get();
      if (link?.role === 'student') link.student.leave();
      set({ role: 'none', problem: null, link: null });
    },
  };
}

/** The tab's session storage, or null where the browser will not give it (a sandboxed frame). */
function tabStorage(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}
