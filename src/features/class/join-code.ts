import { readJoinCode } from '../../class/protocol';
import { JOIN_PARAMETER } from '../../state/url';

/** The class code of this page's link, or a plain reason it cannot be used; null: no code. */
export function joinCodeOfPage(search: string): { code: string } | { problem: string } | null {
  const raw = new URLSearchParams(search).get(JOIN_PARAMETER);
  if (raw === null) return null;
  const code = readJoinCode(search);
  return code === null
    ? {
        problem:
          'The class code in this link is not valid, so this atlas is on its own. Ask your teacher for the address again.',
      }
    : { code };
}
