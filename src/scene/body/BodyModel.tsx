import { useFrame, useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { afterNextFrame } from '../../lib/after-next-frame';
import { prefersReducedMotion } from '../../lib/reduced-motion';
import { useShownPose } from '../../state/selectors';
import { useSceneActions, useSceneStore } from '../scene-store';
import { preloadBodyAsset, useBodyAsset } from './body-asset';
import { preloadPlacement, useLoadedPlacement } from './placement-load';
import { posedSkin } from './posed-skin';
import { planPoseTransition, stepPoseTransition, type PoseTransition } from './pose-transition';
import { madeSkinIndex, skinIndex } from './skin-index';
import { dressedBody } from './skin-material';

/** Seconds the body takes to move into another pose (none under reduced motion). */
const POSE_TRANSITION_S = 0.9;
/** A frame that took longer (the first pose's skin being read) moves the body no further. */
const LONGEST_STEP_S = 1 / 30;

interface RunningTransition {
  plan: PoseTransition;
  elapsedS: number;
  done: () => void;
}

/**
 * The generated body in the live view. Its first frame shows the markers too: they are read from
 * the placement the build made (placement-load.ts), which downloads beside the model and is
 * usually read before the model is decoded, so one frame draws the whole picture instead of one
 * for the body and another for its points (where it is not, the body is drawn without waiting
 * and the markers follow). The skin's index for line of sight is made after that, off the main
 * thread (skin-index.ts). When the view asks for another pose the body moves into it,
 * and the markers come back where the skin carried them.
 */
export function BodyModel() {
  const gltf = useBodyAsset();
  const placement = useLoadedPlacement(gltf.scene);
  const pose = useShownPose();
  const { showBody, settle, startPosing, indexSkin } = useSceneActions();
  const invalidate = useThree((state) => state.invalidate);
  const running = useRef<RunningTransition | null>(null);

  const body = useMemo(() => dressedBody(gltf.scene), [gltf.scene]);

  useLayoutEffect(() => showBody(body), [body, showBody]);

  // A layout effect: on the first placement it settles the body before the first frame is drawn.
  useLayoutEffect(() => {
    if (placement === null) return;
    let cancelled = false;
    const scene = useSceneStore.getState();
    const alreadyThere = scene.pose === pose && !scene.posing;
    const first = scene.status === 'loading';
    // The first placement jumps: the body has not been seen in any other pose yet.
    const jump = first || prefersReducedMotion();
    if (!alreadyThere) startPosing();
    const place = () => {
      const posed = posedSkin(gltf.scene, placement, pose);
      const arrive = () => {
        if (cancelled) return;
        const skin = madeSkinIndex(gltf.scene, pose);
        settle(posed, placement.problems, skin);
        invalidate();
        if (skin !== null) return;
        // The index changes which labels the body hides, not the picture: no frame is drawn
        // for it (MarkerProjector places the labels again by itself).
        void skinIndex(gltf.scene, pose).then((made) => indexSkin(pose, made));
      };
      const plan = planPoseTransition(body, pose);
      if (alreadyThere || jump) {
        stepPoseTransition(plan, 1);
        arrive();
      } else {
        running.current = { plan, elapsedS: 0, done: arrive };
      }
      invalidate();
    };
    // Another pose waits a frame: the markers leave the picture at once, the skin is read after.
    const now = first || alreadyThere;
    if (now) place();
    const cancelFrame = now ? () => {} : afterNextFrame(place);
    return () => {
      cancelled = true;
      cancelFrame();
      running.current = null;
    };
  }, [gltf.scene, body, placement, pose, settle, startPosing, indexSkin, invalidate]);

  useFrame((_, deltaS) => {
    const transition = running.current;
    if (transition === null) return;
    transition.elapsedS += Math.min(deltaS, LONGEST_STEP_S);
    const share = transition.elapsedS / POSE_TRANSITION_S;
    stepPoseTransition(transition.plan, share);
    if (share >= 1) {
      running.current = null;
      transition.done();
    }
    invalidate();
  });

  return <primitive object={body} />;
}

preloadBodyAsset();
void preloadPlacement().catch(() => undefined);
