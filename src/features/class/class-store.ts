import { useAtlasStore } from '../../state/atlas-store';
import { create } from 'zustand';
import type { ClientStatus } from '../../class/client';
import type { QuizSnapshot, ShareState, Tap } from '../../class/protocol';

export type ClassRole = 'none' | 'teacher' | 'student';

export interface ClassState {
  /** Whether this page is served by the atlas's own server with its class hub (null: asking). */
  available: boolean | null;
  /** Where students can reach the hub (empty when it listens on this computer only). */
  joinOrigins: string[];
  role: ClassRole;
  sessionId: string | null;
  connection: ClientStatus;
  /** Students connected (the teacher's count). */
  students: number;
  quiz: QuizSnapshot;
  /** The teacher: whether the join code is shown large. */
  codeShown: boolean;
  /** A student: the teacher's last view, and whether this device shows it. */
  teacherState: ShareState | null;
  following: boolean;
  /** A student's own tap on the open question, drawn until the reveal. */
  ownTap: { questionId: string; position: Tap['position'] } | null;
  /** Something went wrong in plain words (a bad code, a refused start), shown to the user. */
  problem: string | null;
}

export const INITIAL_CLASS_STATE: ClassState = {
  available: null,
  joinOrigins: [],
  role: 'none',
  sessionId: null,
  connection: 'connecting',
  students: 0,
  quiz: { status: 'none' },
  codeShown: true,
  teacherState: null,
  following: true,
  ownTap: null,
  problem: null,
};

/**
 * The class as this device takes part in it. Written by the session controllers
 * (teacher-session.ts, student-session.ts), read by the class's panels and its scene part.
 */
export const useClassStore = create<ClassState>()(() => INITIAL_CLASS_STATE);

export const setClassState = (partial: Partial<ClassState>) => useClassStore.setState(partial);

// While a class question is open or revealed the figure stands, on every device: taps are made
// and measured on the same body, and a posture would hint at the answer.
useClassStore.subscribe(({ quiz }) =>
  useAtlasStore
    .getState()
    .actions.holdStanding(quiz.status === 'open' || quiz.status === 'revealed'),
);
