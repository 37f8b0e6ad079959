import { useId } from 'react';
import type { Slot } from '../slot-button/slot';
import { SlotButton } from '../slot-button/slot-button';
import './day-column.css';

/** One day of a week: its heading and its slots in time order, or a line saying there are none. */
export function DayColumn({
  heading,
  slots,
  timeZone,
  locale,
  emptyLabel,
  onSelect,
}: {
  /** Already formatted, e.g. "Sun, 29 Mar". */
  heading: string;
  /** This day's slots (in the display zone), in any order. */
  slots: readonly Slot[];
  timeZone: string;
  locale: string;
  emptyLabel: string;
  onSelect?(slot: Slot): void;
}) {
  const headingId = useId();
  const sorted = [...slots].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start),
  );
  return (
    <section className="day-column" aria-labelledby={headingId}>
      <h3 id={headingId} className="day-column-heading">
        {heading}
      </h3>
      {sorted.length === 0 ? (
        <p className="day-column-empty">{emptyLabel}</p>
      ) : (
        <ul className="day-column-slots">
          {sorted.map((slot) => (
            <li key={slot.start}>
              <SlotButton
                slot={slot}
                timeZone={timeZone}
                locale={locale}
                onSelect={onSelect}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
