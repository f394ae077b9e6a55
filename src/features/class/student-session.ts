import { joinClass, randomId, type Student } from '../../class/client';
import { classPaths, type ShareState, type Tap } from '../../class/protocol';
import { cameraMoves } from '../../scene/camera/camera-moves';
import { useAtlasStore } from '../../state/atlas-store';
import { setClassState, useClassStore } from './class-store';
import { bringsStudentBack } from './share-state';

/** This device's anonymous id for the class quiz: one answer a question, even after a reload. */
const CLIENT_ID_KEY = 'atlas.class.device';

let student: Student | null = null;
/** True while the teacher's view is being applied, so it is not taken for looking around. */
let applying = false;

/** Joins the class of `code`, after checking it is running: a bad or ended code gets a hint. */
export async function joinAsStudent(code: string): Promise<void> {
  setClassState({ role: 'student', sessionId: code, connection: 'connecting', problem: null });
  let status: number;
  try {
    status = (await fetch(classPaths.session(code))).status;
  } catch {
    status = 0;
  }
  if (status === 410) {
    setClassState({
      connection: 'ended',
      problem: 'This class has already ended. The atlas is yours to explore.',
    });
    return;
  }
  if (status !== 200) {
    setClassState({
      connection: 'ended',
      problem:
        status === 404
          ? 'No class is running with this code (it may have ended). The atlas works on its own; ask your teacher for the address again.'
          : 'The teacher’s computer could not be reached. The atlas works on its own meanwhile.',
    });
    return;
  }
  watchLookingAround();
  student = joinClass(
    code,
    {
      onState: (state) => {
        const { teacherState, following } = useClassStore.getState();
        const back = following || bringsStudentBack(teacherState, state);
        setClassState({ teacherState: state, following: back });
        if (back)
          showTeachersView(
            state,
            teacherState?.point === state.point &&
              (teacherState.side ?? null) === (state.side ?? null),
          );
      },
      onQuiz: (quiz) => {
        const { ownTap } = useClassStore.getState();
        const keepTap =
          ownTap !== null && 'questionId' in quiz && quiz.questionId === ownTap.questionId;
        setClassState({ quiz, ownTap: keepTap && quiz.status === 'open' ? ownTap : null });
        useAtlasStore
          .getState()
          .actions.setMarkerReveal(quiz.status === 'open' ? 'selected' : 'all');
      },
      onConnection: (connection) => setClassState({ connection }),
    },
    { clientId: deviceId() },
  );
}

/** "Follow the teacher": back to the teacher's point and view. */
export function followTeacher(): void {
  const { teacherState } = useClassStore.getState();
  setClassState({ following: true });
  if (teacherState !== null) showTeachersView(teacherState, true);
}

/** The student looked around on their own: stop following until asked (or a new point). */
export function lookAround(): void {
  if (!applying && useClassStore.getState().role === 'student') setClassState({ following: false });
}

/** Answers the open question with a tap on the body. */
export async function answerWithTap(position: Tap['position']): Promise<void> {
  const { quiz, ownTap } = useClassStore.getState();
  if (student === null || quiz.status !== 'open' || ownTap?.questionId === quiz.questionId) return;
  setClassState({ ownTap: { questionId: quiz.questionId, position } });
  const outcome = await student.answer(position, quiz.questionId);
  if (!outcome.ok && outcome.reason !== 'already-answered') {
    setClassState({ ownTap: null, problem: 'Your answer did not reach the teacher; tap again.' });
  } else {
    setClassState({ problem: null });
  }
}

function showTeachersView(state: ShareState, reframe: boolean) {
  applying = true;
  try {
    const { applyLink, setShowPosture, showSide } = useAtlasStore.getState().actions;
    applyLink({ mode: state.mode, point: state.point, filters: state.filters });
    showSide(state.side ?? null);
    setShowPosture(state.showPosture);
  } finally {
    applying = false;
  }
  // Each device flies there itself; a new point is framed by the camera rig on selection.
  if (state.view === 'whole') cameraMoves.reset();
  else if (state.view !== 'point') cameraMoves.view(state.view);
  else if (reframe && state.point !== null) cameraMoves.frameChosen();
}

let watching = false;
/** Choosing another point, mode or filter is looking around too. */
function watchLookingAround() {
  if (watching) return;
  watching = true;
  useAtlasStore.subscribe((state, previous) => {
    if (
      state.point !== previous.point ||
      state.mode !== previous.mode ||
      state.filters !== previous.filters
    )
      lookAround();
  });
}

function deviceId(): string {
  try {
    const stored = sessionStorage.getItem(CLIENT_ID_KEY);
    if (stored !== null) return stored;
    const fresh = randomId();
    sessionStorage.setItem(CLIENT_ID_KEY, fresh);
    return fresh;
  } catch {
    return randomId();
  }
}
