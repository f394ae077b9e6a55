import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { afterNextFrame } from '../../lib/after-next-frame';
import { prefersReducedMotion } from '../../lib/reduced-motion';
import { useDataset } from '../../state/dataset-context';
import { useShownPose } from '../../state/selectors';
import { useSceneActions, useSceneStore } from '../scene-store';
import { preloadBodyAsset, useBodyAsset } from './body-asset';
import { loadPlacement, preloadPlacement } from './placement-load';
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
 * The generated body in the live view. It is drawn first; its markers follow in the task after
 * that frame, read from the placement the build made (placement-load.ts), and the skin's index
 * for line of sight is made after them, off the main thread (skin-index.ts). When the view asks
 * for another pose the body moves into it, and the markers come back where the skin carried them.
 */
export function BodyModel() {
  const gltf = useBodyAsset();
  const { points } = useDataset();
  const pose = useShownPose();
  const { showBody, settle, startPosing, indexSkin } = useSceneActions();
  const invalidate = useThree((state) => state.invalidate);
  const running = useRef<RunningTransition | null>(null);

  const body = useMemo(() => dressedBody(gltf.scene), [gltf.scene]);

  useLayoutEffect(() => showBody(), [body, showBody]);

  useEffect(() => {
    let cancelled = false;
    const scene = useSceneStore.getState();
    const alreadyThere = scene.pose === pose && !scene.posing;
    // The first placement jumps: the body has not been seen in any other pose yet.
    const jump = scene.status === 'loading' || prefersReducedMotion();
    if (!alreadyThere) startPosing();
    const cancelFrame = afterNextFrame(async () => {
      const placement = await loadPlacement(gltf.scene, points);
      if (cancelled) return;
      const posed = posedSkin(gltf.scene, placement, pose);
      const arrive = () => {
        if (cancelled) return;
        const skin = madeSkinIndex(gltf.scene, pose);
        settle(posed, placement.problems, skin);
        invalidate();
        if (skin !== null) return;
        void skinIndex(gltf.scene, pose).then((made) => {
          indexSkin(pose, made);
          invalidate();
        });
      };
      const plan = planPoseTransition(body, pose);
      if (alreadyThere || jump) {
        stepPoseTransition(plan, 1);
        arrive();
      } else {
        running.current = { plan, elapsedS: 0, done: arrive };
      }
      invalidate();
    });
    return () => {
      cancelled = true;
      cancelFrame();
      running.current = null;
    };
  }, [gltf.scene, body, points, pose, settle, startPosing, indexSkin, invalidate]);

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
