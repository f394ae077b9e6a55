import { useEffect } from 'react';
import { BODY_LANDMARKS } from '../../data/body-landmarks';
import { DATASET } from '../../data/full-dataset';
import { zoneOf } from '../../data/zone';
import { distanceToPointFingerWidths, scoreBodyClick } from '../../data/quiz';
import { cameraMoves } from '../../scene/camera/camera-moves';
import { useSceneStore } from '../../scene/scene-store';
import { TapDots } from '../../scene/taps/TapDots';
import { useBodyTaps, type SkinPoint } from '../../scene/taps/use-body-taps';
import { openFindQuestion, useQuizStore } from './quiz-store';
import { QuizPinMesh } from './QuizPinMesh';

/**
 * Mounted in the 3D view while the quiz is on (src/app hands it to the stage). A click on the
 * body answers an open "find point N" question: the skin point under the pointer is measured
 * against the asked point's markers, right inside the point's zone, and stays drawn as a dot
 * beside the true point and its zone once answered. Each new question starts from the whole-body
 * view, so the previous answer's close-up gives nothing away; a name question's pin is framed.
 */
export default function QuizBodyClicks() {
  const questionIndex = useQuizStore((state) => state.index);
  const round = useQuizStore((state) => state.round);
  const answer = useQuizStore((state) => state.answers[state.index]);

  const asked = round[questionIndex];
  const pinnedPoint = asked?.kind === 'name' ? asked.point : null;
  // A find or self question starts from the whole body; a name question frames its pin instead.
  useEffect(() => {
    if (pinnedPoint === null) cameraMoves.reset();
  }, [questionIndex, round, pinnedPoint]);

  // The pin goes where the view frames a marker of the point, once the body's markers are
  // settled; the view frames it again itself when its size changes. The point is never chosen,
  // so nothing names it until the learner answers; after that the reveal frames it. Where it
  // cannot be framed, the whole body is shown and the question can only be skipped.
  const markersSettled = useSceneStore((state) => state.markers.length > 0 && !state.posing);
  const unanswered = answer === undefined;
  useEffect(() => {
    if (pinnedPoint === null || !markersSettled || !unanswered) return;
    const marker = cameraMoves.frameUnchosen(pinnedPoint);
    if (marker === null) cameraMoves.home();
    useQuizStore.getState().actions.setPin(
      marker === null
        ? null
        : {
            question: questionIndex,
            side: marker.side,
            position: marker.position,
            normal: marker.normal,
          },
    );
  }, [pinnedPoint, questionIndex, markersSettled, unanswered]);
  const pin = useQuizStore((state) => state.pin);

  useBodyTaps(true, (tap: SkinPoint) => {
    const question = openFindQuestion(useQuizStore.getState());
    if (question === undefined) return;
    const { fingerWidthM } = BODY_LANDMARKS;
    const distance = distanceToPointFingerWidths(
      tap,
      useSceneStore.getState().markers,
      question.point,
      fingerWidthM,
    );
    // Right inside the point's zone, the same one drawn on the body once answered.
    const point = DATASET.points.find((p) => p.number === question.point);
    const within = point === undefined ? undefined : zoneOf(point, DATASET).radiusM / fingerWidthM;
    useQuizStore.getState().actions.answer(scoreBodyClick(distance, tap, within));
  });

  useEffect(() => {
    const { setBodyListening } = useQuizStore.getState().actions;
    setBodyListening(true);
    return () => {
      setBodyListening(false);
      // Out of the quiz, a resize must not frame the last pin's point again.
      cameraMoves.forgetUnchosen();
    };
  }, []);

  const tapped = answer?.kind === 'find' && answer.via === 'body' ? answer : null;
  return (
    <>
      <TapDots
        dots={
          tapped === null
            ? []
            : [{ position: tapped.tap, tone: tapped.correct ? 'within' : 'outside' }]
        }
      />
      {/* Answered, the point's own marker and zone take the pin's place. */}
      {pin !== null && pin.question === questionIndex && unanswered && (
        <QuizPinMesh position={pin.position} normal={pin.normal} />
      )}
    </>
  );
}
