import { readFile } from 'node:fs/promises';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { DATASET } from '../../data/full-dataset';
import { computePlacement } from './compute-placement';
import { encodePlacementAsset } from './placement-asset';

/**
 * The placement file's text for the model at `glbPath` and the bundled dataset, computed in Node
 * by the same code the browser would run, on the body as three.js loads it.
 */
export async function placementFileText(glbPath: string): Promise<string> {
  const bytes = await readFile(glbPath);
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const gltf = await loader.parseAsync(buffer, '');
  return encodePlacementAsset(computePlacement(gltf.scene, DATASET.points, { lineOfSight: true }));
}
