import { Color, NeutralToneMapping, Scene, WebGLRenderer, type Object3D } from 'three';
import { dressedBody } from '../../scene/body/skin-material';
import { createStudioLights } from '../../scene/body/studio-lights';

/** What a printed picture is drawn with: the live view's skin and lights, off screen. */
export interface OffscreenStage {
  renderer: WebGLRenderer;
  scene: Scene;
  /** A copy of the body dressed in the skin, to pose for each picture. */
  body: Object3D;
  /** Lets the WebGL context go at once: a page keeps only a few live contexts. */
  release: () => void;
}

/** A renderer and a scene holding the body and the studio lights, on a plain background. */
export function offscreenStage(loadedBody: Object3D, background: string): OffscreenStage {
  const renderer = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
  renderer.toneMapping = NeutralToneMapping;
  const scene = new Scene();
  scene.background = new Color(background);
  const body = dressedBody(loadedBody);
  scene.add(body, createStudioLights());
  return {
    renderer,
    scene,
    body,
    release: () => {
      renderer.dispose();
      renderer.forceContextLoss();
    },
  };
}
