import '../badge/badge.css';
import './chip-list.css';

/** A labelled row of badges, e.g. the sectors of a mentor; renders nothing for an empty list. */
export function ChipList({
  label,
  items,
  quiet = false,
}: {
  label: string;
  items: readonly string[];
  quiet?: boolean;
}) {
  if (items.length === 0) {
    return null;
  }
  return (
    <ul className="chip-list" aria-label={label}>
      {items.map((item) => (
        <li key={item} className={quiet ? 'badge badge-quiet' : 'badge'}>
          {item}
        </li>
      ))}
    </ul>
  );
}
