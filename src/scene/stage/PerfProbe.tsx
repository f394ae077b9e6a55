import { addAfterEffect, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useSceneStore } from '../scene-store';

/** What `npm run bench` reads from the page: frames drawn, the last frame's cost, body time. */
export interface AtlasPerf {
  /** Frames rendered since the canvas started. */
  frames: number;
  /** Milliseconds since navigation when the first frame with the body was drawn, or null. */
  firstBodyFrameMs: number | null;
  drawCalls: number;
  triangles: number;
  /** Shader programs in use now. */
  programs: number;
  /**
   * Shader programs compiled since the canvas started, counting any compiled again after its
   * material was thrown away: each compile stalls a frame, so this should equal `programs`.
   */
  programsCompiled: number;
  /** Where the camera was at the first frame with the body, and at the last frame drawn. */
  firstBodyFrameCamera: [number, number, number] | null;
  lastFrameCamera: [number, number, number] | null;
}

declare global {
  interface Window {
    __atlasPerf?: AtlasPerf;
  }
}

/**
 * The address fragment, not the query, carries the request: the link parser never sees the
 * fragment (so no "unknown link setting" note) and the link sync keeps it when it rewrites the
 * query. Nothing is exposed or counted without it.
 */
export function perfRequested(): boolean {
  return window.location.hash.slice(1).split('&').includes('perf');
}

/** Exposes `window.__atlasPerf` for the benchmark; mounted inside the Canvas only on request. */
export function PerfProbe() {
  const gl = useThree((state) => state.gl);
  const camera = useThree((state) => state.camera);
  useEffect(() => {
    const perf: AtlasPerf = {
      frames: 0,
      firstBodyFrameMs: null,
      drawCalls: 0,
      triangles: 0,
      programs: 0,
      programsCompiled: 0,
      firstBodyFrameCamera: null,
      lastFrameCamera: null,
    };
    window.__atlasPerf = perf;
    // After each loop tick, while renderer.info still holds the last frame's counts (it resets
    // per frame); its frame counter counts real renders, not ticks.
    return addAfterEffect(() => {
      if (gl.info.render.frame === perf.frames) return;
      perf.frames = gl.info.render.frame;
      perf.drawCalls = gl.info.render.calls;
      perf.triangles = gl.info.render.triangles;
      const programs = gl.info.programs ?? [];
      perf.programs = programs.length;
      // three.js numbers its programs from 0 in the order it compiles them.
      for (const program of programs)
        perf.programsCompiled = Math.max(perf.programsCompiled, program.id + 1);
      perf.lastFrameCamera = camera.position.toArray();
      if (perf.firstBodyFrameMs === null && useSceneStore.getState().bodyShown) {
        perf.firstBodyFrameMs = performance.now();
        perf.firstBodyFrameCamera = camera.position.toArray();
      }
    });
  }, [gl, camera]);
  return null;
}
