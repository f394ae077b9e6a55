import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { DoubleSide, Raycaster, Vector2 } from 'three';
import { BODY_LANDMARKS } from '../../data/body-landmarks';
import { distanceToPointFingerWidths, scoreBodyClick } from '../../data/quiz';
import { openFindQuestion, useQuizStore } from './quiz-store';
import { cameraMoves } from '../../scene/camera/camera-moves';
import { useSceneStore } from '../../scene/scene-store';

/** A press that moves further than this is turning the body, not answering. */
const MAX_CLICK_TRAVEL_PX = 6;

/**
 * Mounted in the 3D view while the quiz is on (src/app hands it to the stage). A click on the body answers an open "find point N" question: the skin point
 * under the pointer is measured against the asked point's markers. Each new question starts
 * from the whole-body view, so the previous answer's close-up gives nothing away.
 */
export default function QuizBodyClicks() {
  const questionIndex = useQuizStore((state) => state.index);
  const round = useQuizStore((state) => state.round);
  const gl = useThree((state) => state.gl);
  const camera = useThree((state) => state.camera);

  useEffect(() => cameraMoves.reset(), [questionIndex, round]);

  useEffect(() => {
    const canvas = gl.domElement;
    const raycaster = new Raycaster();
    let pressedAt: { x: number; y: number } | null = null;
    const onDown = (event: PointerEvent) => {
      pressedAt = { x: event.clientX, y: event.clientY };
    };
    const onUp = (event: PointerEvent) => {
      const start = pressedAt;
      pressedAt = null;
      if (start === null) return;
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > MAX_CLICK_TRAVEL_PX)
        return;
      const question = openFindQuestion(useQuizStore.getState());
      const { skin, markers } = useSceneStore.getState();
      if (question === undefined || skin === null) return;
      const box = canvas.getBoundingClientRect();
      const pointer = new Vector2(
        ((event.clientX - box.left) / box.width) * 2 - 1,
        -((event.clientY - box.top) / box.height) * 2 + 1,
      );
      raycaster.setFromCamera(pointer, camera);
      const hit = skin.raycastFirst(raycaster.ray, DoubleSide);
      if (hit === null) return;
      const distance = distanceToPointFingerWidths(
        hit.point.toArray(),
        markers,
        question.point,
        BODY_LANDMARKS.fingerWidthM,
      );
      useQuizStore.getState().actions.answer(scoreBodyClick(distance));
    };
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointerup', onUp);
    const { setBodyListening } = useQuizStore.getState().actions;
    setBodyListening(true);
    return () => {
      setBodyListening(false);
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointerup', onUp);
    };
  }, [gl, camera]);

  return null;
}
