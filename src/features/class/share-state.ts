import type { ShareState, View } from '../../class/protocol';
import type { AtlasState } from '../../state/atlas-store';

export type SharedPart = Pick<AtlasState, 'mode' | 'point' | 'filters' | 'showPosture'> & {
  side?: AtlasState['side'];
};

/** What the class is shown of the teacher's atlas: the link's parts, the posture flag, a named view. */
export function shareStateOf(atlas: SharedPart, view: View): ShareState {
  return {
    mode: atlas.mode,
    point: atlas.point,
    filters: atlas.filters,
    showPosture: atlas.showPosture,
    view: atlas.point === null && view === 'point' ? 'whole' : view,
    // Sent only when a side is shown: a student still on a page from before sides were shared
    // refuses a state with a field it does not know, and keeps following the rest.
    ...(atlas.point !== null && atlas.side != null ? { side: atlas.side } : {}),
  };
}

export function sameShareState(a: ShareState, b: ShareState): boolean {
  return (
    a.mode === b.mode &&
    a.point === b.point &&
    a.showPosture === b.showPosture &&
    a.view === b.view &&
    (a.side ?? null) === (b.side ?? null) &&
    a.filters.selfMassage === b.filters.selfMassage &&
    a.filters.symmetry === b.filters.symmetry &&
    a.filters.posture === b.filters.posture &&
    a.filters.region === b.filters.region
  );
}

/**
 * Whether a student following the teacher must be brought back: a new point or another side
 * of it always does (the teacher has moved on), anything else only while the student follows.
 */
export function bringsStudentBack(previous: ShareState | null, next: ShareState): boolean {
  return (
    previous === null ||
    next.point !== previous.point ||
    (next.side ?? null) !== (previous.side ?? null)
  );
}

/**
 * The mode a student's device shows for the teacher's. Present is made for a projector: its
 * caption strip, its clicker's Previous and Next (which on a student's phone would only lead
 * away from the class) and its exit belong to the teacher. A student sees the same point in
 * the ordinary atlas instead: on a phone the body above and the point's text in the sheet.
 */
export function studentModeFor(teacherMode: ShareState['mode']): ShareState['mode'] {
  return teacherMode === 'present' ? 'explore' : teacherMode;
}
