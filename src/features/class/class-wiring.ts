import { useSceneStore } from '../../scene/scene-store';
import { useAtlasStore } from '../../state/atlas-store';
import { useMarksStore } from '../../state/marks-store';
import { useSheetStore } from '../../ui/layout/sheet-store';
import { useClassStore } from './class-store';

/**
 * The rules between the class and the rest of the atlas, for as long as the class's layer is on
 * the page; returns what undoes them. They start with the layer, not with the app, so a page
 * that never meets a class never loads its code.
 */
export function wireClass(): () => void {
  const { actions } = useClassStore.getState();
  const holdStanding = (hold: boolean) => useAtlasStore.getState().actions.holdStanding(hold);
  const markShared = (shared: boolean) =>
    useAtlasStore.getState().actions.markSharedWithClass(shared);
  const shareMarks = () => {
    const { link } = useClassStore.getState();
    if (link?.role !== 'teacher') return;
    try {
      link.presenter.shareMarks(useMarksStore.getState().marks);
    } catch {
      // A drawing over the protocol's caps stays on the projector; the store keeps within them.
    }
  };
  const stops = [
    useClassStore.subscribe(({ link }, previous) => {
      const shared = link?.role === 'teacher';
      if (shared !== (previous.link?.role === 'teacher')) markShared(shared);
    }),
    // While a class question is open or revealed the figure stands, on every device: taps are
    // made and measured on the same body, and a posture would hint at the answer.
    useClassStore.subscribe(({ quiz, role }, previous) => {
      if (quiz === previous.quiz) return;
      holdStanding(quiz.status === 'open' || quiz.status === 'revealed');
      // A question asked: a student's phone lowers its sheet, so the whole body takes the tap.
      if (role === 'student' && quiz.status === 'open' && previous.quiz.status !== 'open')
        useSheetStore.getState().actions.setSize('peek');
      // A teacher's page that comes back (a reload) to an open question hides the answer as
      // asking did: the projector must not show where the point is.
      if (role === 'teacher' && quiz.status === 'open')
        useAtlasStore.getState().actions.setMarkerReveal('selected');
    }),
    useAtlasStore.subscribe((state, previous) => {
      const { link } = useClassStore.getState();
      // A student in a class choosing another point, mode or filter is looking around.
      if (
        link?.role === 'student' &&
        (state.point !== previous.point ||
          state.mode !== previous.mode ||
          state.filters !== previous.filters)
      )
        actions.lookAround();
      // The teacher's changes go to the class once they settle; a new point or side is what the
      // camera shows now, in place of a named view.
      if (link?.role !== 'teacher') return;
      if (state.point !== previous.point || state.side !== previous.side)
        actions.showView(state.point === null ? 'whole' : 'point');
      else link.schedulePublish();
    }),
    // The teacher's pen and pointer reach the class as they draw.
    useMarksStore.subscribe(({ marks }, previous) => {
      if (marks !== previous.marks) shareMarks();
    }),
    useClassStore.subscribe(({ link, role, connection }, previous) => {
      // A class shared (or taken back after a reload) starts from the drawing on screen now,
      // which also wipes what a page before the reload had left on the phones.
      if (link?.role === 'teacher' && previous.link?.role !== 'teacher') shareMarks();
      // A class over, or left, takes the teacher's drawing off a student's body.
      const leftClass =
        (connection === 'ended' && previous.connection !== 'ended') ||
        (role !== 'student' && previous.role === 'student');
      if (leftClass && previous.role === 'student') useMarksStore.getState().actions.clear(null);
    }),
    useSceneStore.subscribe(({ namedView }, previous) => {
      if (namedView !== null && namedView !== previous.namedView) actions.showView(namedView.view);
    }),
  ];
  return () => {
    for (const stop of stops) stop();
    actions.detach();
    holdStanding(false);
    markShared(false);
  };
}
