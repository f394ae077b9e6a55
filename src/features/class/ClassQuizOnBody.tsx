import { useEffect, useRef } from 'react';
import { useSceneActions, useSceneStore } from '../../scene/scene-store';
import { TapDensity } from '../../scene/taps/TapDensity';
import { TapDots, type TapDot } from '../../scene/taps/TapDots';
import { useBodyTaps } from '../../scene/taps/use-body-taps';
import { frameAskedPoint } from './asked-view';
import { classQuizReach } from './class-quiz-reach';
import { classQuizResult, ownTapIndex } from './class-quiz-results';
import { useClassActions, useClassStore } from './class-store';

/** From this many answers on, dots alone pile up: the projector adds a density map. */
const DENSITY_FROM_TAPS = 10;

/**
 * The class quiz in the 3D view: a student's tap answers the open question (and stays drawn),
 * and once the teacher reveals, every device shows every tap as a dot around the true point.
 */
export default function ClassQuizOnBody() {
  const quiz = useClassStore((state) => state.quiz);
  const role = useClassStore((state) => state.role);
  const ownTap = useClassStore((state) => state.ownTap);
  const { answerWithTap } = useClassActions();
  const markers = useSceneStore((state) => state.markers);
  const listening =
    role === 'student' && quiz.status === 'open' && ownTap?.questionId !== quiz.questionId;
  useBodyTaps(listening, (position) => void answerWithTap(position));

  // A student's phone frames the asked point's part of the body for the tap, once the figure
  // stands settled for the question: once a question, so a tap that failed to send (and is to
  // be made again) finds the picture where it was. The teacher's view comes back after it.
  const settled = useSceneStore((state) => state.markers.length > 0 && !state.posing);
  const waitingFor = listening ? quiz.questionId : null;
  const askedNow = quiz.status === 'open' ? quiz.point : null;
  const framedFor = useRef<string | null>(null);
  useEffect(() => {
    if (waitingFor === null || askedNow === null || !settled) return;
    if (framedFor.current === waitingFor) return;
    if (frameAskedPoint(askedNow, waitingFor)) framedFor.current = waitingFor;
  }, [waitingFor, askedNow, settled]);

  let dots: TapDot[] = [];
  if (quiz.status === 'revealed' && markers.some((marker) => marker.point === quiz.point)) {
    const { taps } = classQuizResult(quiz.taps, markers, quiz.point, classQuizReach(quiz.point));
    // A student finds their own answer among the class's: drawn larger, in its right colour.
    const own = ownTapIndex(taps, ownTap?.questionId === quiz.questionId ? ownTap.position : null);
    dots = taps.map((tap, index) => ({
      position: tap.position,
      tone: tap.within ? 'within' : 'outside',
      own: index === own,
    }));
  } else if (quiz.status === 'open' && ownTap?.questionId === quiz.questionId) {
    dots = [{ position: ownTap.position, tone: 'own' }];
  }
  // At the reveal the projector takes in every tap, a student's phone their own: a close-up of
  // the point alone would leave the taps that missed it off screen.
  const { showAlsoInView } = useSceneActions();
  const ownRevealed =
    quiz.status === 'revealed' && ownTap?.questionId === quiz.questionId ? ownTap.position : null;
  const framedTaps =
    quiz.status !== 'revealed'
      ? null
      : role === 'teacher'
        ? JSON.stringify(quiz.taps.map((tap) => tap.position))
        : ownRevealed === null
          ? null
          : JSON.stringify([ownRevealed]);
  const askedPoint = quiz.status === 'revealed' ? quiz.point : null;
  useEffect(() => {
    if (framedTaps === null || askedPoint === null) return;
    const spots = JSON.parse(framedTaps) as [number, number, number][];
    if (spots.length === 0) return;
    const also = { point: askedPoint, spots };
    showAlsoInView(also);
    // Only its own spots are taken back: the view may have been handed others since.
    return () => {
      if (useSceneStore.getState().alsoInView === also) showAlsoInView(null);
    };
  }, [framedTaps, askedPoint, showAlsoInView]);
  // Once ten or more have answered, the projector shades where the taps crowd as well.
  const density =
    role === 'teacher' && quiz.status === 'revealed' && quiz.taps.length >= DENSITY_FROM_TAPS
      ? quiz.taps.map((tap) => tap.position)
      : null;
  return (
    <>
      {density !== null && <TapDensity spots={density} />}
      <TapDots dots={dots} />
    </>
  );
}
