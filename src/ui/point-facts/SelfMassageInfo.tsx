import type { Point } from '../../../points/schema';
import { SourceMark } from './SourceMark';

const LIST_NAMES = {
  'diy-bullets': 'Do-it-yourself list',
  'home-list': '“Massage at home” list',
} as const;

const MATCH_LABELS = {
  certain: 'clear match',
  likely: 'likely match',
  possible: 'possible match',
} as const;

/** Whether the source names the point for self-massage, and the other lists that seem to. */
export function SelfMassageInfo({ point }: { point: Point }) {
  const { inSelfMassageSentence, otherLists, citation } = point.selfMassage;
  return (
    <section className="self-massage" data-testid="self-massage">
      <h3>Self-massage</h3>
      <p>
        {inSelfMassageSentence
          ? 'Named as an example of the points people can reach and massage themselves.'
          : 'Not among the examples the source gives for self-massage (it gives examples, not a full list).'}
        <SourceMark citations={[citation]} />
      </p>
      {otherLists.length > 0 && (
        <ul className="mentions">
          {otherLists.map((mention) => (
            <li key={mention.list + mention.item}>
              <strong>{LIST_NAMES[mention.list]}</strong> ({MATCH_LABELS[mention.match]}):{' '}
              {mention.item}
              <SourceMark citations={[mention.citation]} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
