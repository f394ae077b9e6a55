import { useEffect } from 'react';
import { pointByNumber } from '../../data/dataset';
import { useSceneStore } from '../../scene/scene-store';
import { DATASET } from '../../data/full-dataset';
import { classQuizReach } from './class-quiz-reach';
import { classQuizResult, describeOwnTap, describeResult, ownTapIndex } from './class-quiz-results';
import type { ClassState } from './class-state';
import { useClassActions, useClassStore } from './class-store';

/** A press that travels further than this on the body is turning it: looking around. */
const LOOK_TRAVEL_PX = 6;

/**
 * A student's bar: whether this device follows the teacher, the way back when it does not, the
 * connection's state, and the class quiz's question and result.
 */
export function StudentBar() {
  const { connection, following, teacherState, quiz, ownTap, problem } = useClassStore();
  const { followTeacher, dismissClass } = useClassActions();
  const markers = useSceneStore((state) => state.markers);
  useLookingAround();

  const teacherPoint =
    teacherState?.point == null ? null : pointByNumber(DATASET, teacherState.point);
  const ended = connection === 'ended';
  let status: string;
  if (ended) status = problem ?? 'The class has ended. The atlas is yours to explore.';
  else if (connection === 'reconnecting')
    status = 'Reconnecting… the teacher’s view comes back by itself.';
  else if (connection === 'connecting' || teacherState === null) status = 'Joining the class…';
  // The point's name and text are in the details beside (or the sheet below): one short line.
  else if (following)
    status =
      teacherPoint == null
        ? 'Following the teacher.'
        : `Following the teacher: point ${teacherPoint.number}.`;
  else status = 'You are looking around on your own.';

  return (
    <aside
      className="student-bar"
      aria-label="Class"
      data-testid="student-bar"
      data-connection={connection}
      data-following={following}
    >
      <p className="student-bar__status" role="status" data-testid="student-status">
        {status}
      </p>
      {!ended && !following && teacherState !== null && (
        <button type="button" className="class-button class-button--main" onClick={followTeacher}>
          Follow the teacher
        </button>
      )}
      {ended && (
        <button type="button" className="class-button" onClick={dismissClass}>
          Dismiss
        </button>
      )}
      {!ended && problem !== null && (
        <p className="student-bar__problem" role="alert">
          {problem}
        </p>
      )}
      {!ended && (quiz.status === 'open' || quiz.status === 'revealed') && (
        <div className="student-bar__quiz" data-testid="student-quiz" data-status={quiz.status}>
          <p className="student-bar__question">
            Class quiz: find point {quiz.point}
            {/* The number alone until the reveal: most names say where the point is. */}
            {quiz.status === 'revealed' && pointByNumber(DATASET, quiz.point)
              ? `: ${pointByNumber(DATASET, quiz.point)!.name}`
              : ''}
          </p>
          <p className="student-bar__hint">
            {quiz.status === 'revealed'
              ? markers.some((m) => m.point === quiz.point)
                ? revealedInWords(quiz, markers, ownTap)
                : `${quiz.taps.length} taps`
              : ownTap?.questionId === quiz.questionId
                ? 'Answer sent. Wait for the teacher to reveal.'
                : 'Tap the place on the body.'}
          </p>
        </div>
      )}
    </aside>
  );
}

/** Turning the body, zooming or a view button means looking around on one's own. */
function useLookingAround() {
  const { lookAround } = useClassActions();
  useEffect(() => {
    let pressedAt: { x: number; y: number } | null = null;
    const onStage = (event: Event) =>
      event.target instanceof Element && event.target.closest('.body-stage__canvas') !== null;
    const onDown = (event: PointerEvent) => {
      pressedAt = onStage(event) ? { x: event.clientX, y: event.clientY } : null;
    };
    const onMove = (event: PointerEvent) => {
      if (pressedAt === null) return;
      if (Math.hypot(event.clientX - pressedAt.x, event.clientY - pressedAt.y) > LOOK_TRAVEL_PX) {
        pressedAt = null;
        lookAround();
      }
    };
    const onUp = () => (pressedAt = null);
    const onWheel = (event: WheelEvent) => {
      if (onStage(event)) lookAround();
    };
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('.view-toolbar') !== null)
        lookAround();
    };
    window.addEventListener('pointerdown', onDown, true);
    window.addEventListener('pointermove', onMove, true);
    window.addEventListener('pointerup', onUp, true);
    window.addEventListener('wheel', onWheel, { capture: true, passive: true });
    window.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('pointermove', onMove, true);
      window.removeEventListener('pointerup', onUp, true);
      window.removeEventListener('wheel', onWheel, true);
      window.removeEventListener('click', onClick, true);
    };
  }, [lookAround]);
}

/** The class's result, led by this student's own tap when it is among them. */
function revealedInWords(
  quiz: Extract<ClassState['quiz'], { status: 'revealed' }>,
  markers: Parameters<typeof classQuizResult>[1],
  ownTap: ClassState['ownTap'],
): string {
  const result = classQuizResult(quiz.taps, markers, quiz.point, classQuizReach(quiz.point));
  const own = ownTapIndex(
    result.taps,
    ownTap?.questionId === quiz.questionId ? ownTap.position : null,
  );
  const classWords = describeResult(result);
  return own < 0 ? classWords : `${describeOwnTap(result.taps[own]!)} Class: ${classWords}.`;
}
