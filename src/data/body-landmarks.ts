import type { LandmarkTable } from '../../models/landmark-table';
import raw from '../../models/landmarks.json';

/**
 * The landmark table written by the body generator next to body.glb. Its shape is checked by
 * the generator's own tests (models/body.test.ts); JSON imports only know `number[]`.
 */
export const BODY_LANDMARKS = raw as unknown as LandmarkTable;
