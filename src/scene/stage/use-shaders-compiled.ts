import { useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import type { Object3D } from 'three';
import { yieldToMain } from '../../lib/yield-to-main';

/**
 * False until the renderer has compiled the shaders `objects` will be drawn with, in the scene's
 * light, then true. `renderer.compileAsync` hands the work to the browser's parallel shader
 * compiler (KHR_parallel_shader_compile) and polls, so the page stays responsive meanwhile; without
 * it, the first frame that draws an object compiles its shaders there and then, in one long task.
 * Where the browser lacks the extension (SwiftShader here), the driver still compiles while the
 * main thread goes on, until the first draw asks for the result.
 * Compiling in an effect, after the commit, means the scene's lights are in place: shaders differ
 * by the number of lights, and a count taken too early would compile ones the frame never uses.
 */
export function useShadersCompiled(objects: readonly Object3D[]): boolean {
  const gl = useThree((state) => state.gl);
  const camera = useThree((state) => state.camera);
  const scene = useThree((state) => state.scene);
  const [compiled, setCompiled] = useState<readonly Object3D[] | null>(null);

  useEffect(() => {
    let live = true;
    const done = () => {
      if (live) setCompiled(objects);
    };
    // One object a task: preparing a program's source is itself work on the main thread, and the
    // body's and the markers' together made one long task. A failure only means the first frame
    // compiles them itself, as it would have anyway.
    const compileInTurn = async () => {
      for (const object of objects) {
        await gl.compileAsync(object, camera, scene);
        await yieldToMain();
      }
    };
    compileInTurn().then(done, done);
    return () => {
      live = false;
    };
  }, [objects, gl, camera, scene]);

  return compiled === objects;
}
