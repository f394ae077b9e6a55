import { create } from 'zustand';
import { INITIAL_CLASS_STATE, type ClassData } from './class-state';
import { studentActions, type StudentActions } from './student-actions';
import { teacherActions, type TeacherActions } from './teacher-actions';

export type ClassActions = TeacherActions &
  StudentActions & {
    showCode: (shown: boolean) => void;
    /**
     * The class leaves this page (its layer unmounts): the connection is let go of without ending
     * the class, which a reload of the teacher's tab takes back.
     */
    detach: () => void;
  };

export interface ClassStore extends ClassData {
  actions: ClassActions;
}
/**
 * The class as this device takes part in it: what the class's panels and scene part draw, the
 * link to the hub, and every change as a named action (the teacher's and the student's are
 * written beside this file). The rules that tie it to the atlas's own state are in
 * class-wiring.ts, started by the class's layer.
 */
export const useClassStore = create<ClassStore>()((set, get) => ({
  ...INITIAL_CLASS_STATE,
  link: null,
  actions: {
    ...teacherActions(set, get),
    ...studentActions(set, get),
    showCode: (codeShown) => set({ codeShown }),
    detach: () => {
      const { link } = get();
      if (link?.role === 'teacher') {
        link.cancelPublish();
        link.presenter.dispose();
      }
      if (link?.role === 'student') link.student.leave();
      set({ link: null });
    },
  },
}));

export const useClassActions = () => useClassStore((state) => state.actions);
