import './class.css';
import { lazy, Suspense, useEffect } from 'react';
import { useAtlasStore } from '../../state/atlas-store';
import { setClassState, useClassStore } from './class-store';
import { joinCodeOfPage } from './join-code';
import { checkAvailability, resumeSharing } from './teacher-session';
import { TeacherShare } from './TeacherShare';

// A student's side (it moves the camera, so it brings three.js) loads only on a join link.
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
    const join = joinCodeOfPage(window.location.search);
    if (join !== null && 'code' in join) {
      void import('./student-session').then((m) => m.joinAsStudent(join.code));
      return;
    }
    if (join !== null)
      setClassState({ role: 'student', connection: 'ended', problem: join.problem });
    void checkAvailability().then(() => {
      if (useClassStore.getState().available === true) resumeSharing();
    });
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
