import * as z from 'zod/mini';
import { questionIdSchema, tapSchema, type Tap } from './protocol';

const OWN_TAP_KEY = 'atlas.class.own-tap';

const ownTapSchema = z.strictObject({
  questionId: questionIdSchema,
  position: tapSchema.shape.position,
});
export type OwnTap = { questionId: string; position: Tap['position'] };

type TabStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Keeps this tab's answer to a class question, so a reload shows it again, not a fresh tap. */
export function keepOwnTap(storage: TabStorage | null, tap: OwnTap): void {
  try {
    storage?.setItem(OWN_TAP_KEY, JSON.stringify(tap));
  } catch {
    // A tab that cannot store answers afresh after a reload; the hub still counts one.
  }
}

/** This tab's kept answer to `questionId`, if it has one that reads as an answer. */
export function keptOwnTap(storage: TabStorage | null, questionId: string): OwnTap | null {
  try {
    const parsed = ownTapSchema.safeParse(JSON.parse(storage?.getItem(OWN_TAP_KEY) ?? 'null'));
    return parsed.success && parsed.data.questionId === questionId ? parsed.data : null;
  } catch {
    return null;
  }
}
