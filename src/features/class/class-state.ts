import type { ClientStatus, Presenter, Student } from '../../class/client';
import type { QuizSnapshot, ShareState, Tap, View } from '../../class/protocol';

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

/**
 * The live connection to the hub, which no screen draws: the teacher's presenter with the view
 * last named and the pending update, or the student's stream.
 */
export type ClassLink =
  | {
      role: 'teacher';
      presenter: Presenter;
      /** What the camera shows, as the class is told: a named view, or the chosen point. */
      view: View;
      /** Asks for the current view to go out once it has settled. */
      schedulePublish: () => void;
      cancelPublish: () => void;
    }
  | {
      role: 'student';
      student: Student;
      /** True while the teacher's view is being applied, so it is not taken for looking around. */
      applying: boolean;
    };

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

/** What an action reads and writes: the state and the link (the actions themselves aside). */
export type ClassData = ClassState & { link: ClassLink | null };
export type SetClass = (partial: Partial<ClassData>) => void;
export type GetClass = () => ClassData;
