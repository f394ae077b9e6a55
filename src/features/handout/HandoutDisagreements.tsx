import type { Disagreement } from '../../../points/schema';

/** Disagreements as short items: the question, then the reading the atlas takes. */
export function HandoutDisagreements({
  heading,
  items,
}: {
  heading: string;
  items: Disagreement[];
}) {
  if (items.length === 0) return null;
  return (
    <div className="handout-disagreements">
      <strong>{heading}</strong>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {sentence(item.title)}
            {item.readingTaken !== undefined && ` Atlas reading: ${item.readingTaken}`}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Disagreement titles are headings; a full stop lets them run on into the reading. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
