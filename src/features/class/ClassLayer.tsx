import './class.css';
import { lazy, Suspense, useEffect } from 'react';
import { useAtlasStore } from '../../state/atlas-store';
import { useClassStore } from './class-store';
import { wireClass } from './class-wiring';
import { joinCodeOfPage } from './join-code';
import { TeacherShare } from './TeacherShare';

// A student's bar loads only on a join link.
const StudentBar = lazy(() => import('./StudentBar').then((m) => ({ default: m.StudentBar })));

/** Modes a teacher shares from: the projector view and exploring. */
const SHARING_MODES = new Set(['explore', 'present']);

/**
 * The class on this device: a student's bar when the page was opened with a join code,
 * otherwise the teacher's "Share with the class", only where the server has a class hub.
 */
export function ClassLayer() {
  const role = useClassStore((state) => state.role);
  const available = useClassStore((state) => state.available);
  const mode = useAtlasStore((state) => state.mode);

  useEffect(() => {
    const unwire = wireClass();
    const { joinAsStudent, refuseJoin, checkAvailability, resumeSharing } =
      useClassStore.getState().actions;
    const join = joinCodeOfPage(window.location.search);
    if (join !== null && 'code' in join) void joinAsStudent(join.code);
    else if (join !== null) refuseJoin(join.problem);
    else {
      void checkAvailability().then(() => {
        if (useClassStore.getState().available === true) resumeSharing();
      });
    }
    return unwire;
  }, []);

  if (role === 'student') {
    return (
      <Suspense fallback={null}>
        <StudentBar />
      </Suspense>
    );
  }
  if (available !== true) return null;
  if (role === 'none' && !SHARING_MODES.has(mode)) return null;
  return <TeacherShare />;
}
