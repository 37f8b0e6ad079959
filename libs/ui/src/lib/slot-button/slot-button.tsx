import { clockTime } from '../zoned-time/zoned-time';
import { isSelectable, type Slot } from './slot';
import './slot-button.css';

/**
 * One time slot as a toggle button: its time range in the display zone and its label.
 * Held and booked slots stay focusable (so they are announced) but are aria-disabled and ignore activation.
 */
export function SlotButton({
  slot,
  timeZone,
  locale,
  onSelect,
}: {
  slot: Slot;
  timeZone: string;
  locale: string;
  onSelect?(slot: Slot): void;
}) {
  const selectable = isSelectable(slot);
  const start = clockTime(new Date(slot.start), timeZone, locale);
  const end = clockTime(new Date(slot.end), timeZone, locale);
  return (
    <button
      type="button"
      className={`slot-button slot-button-${slot.state}`}
      aria-pressed={slot.state === 'selected'}
      aria-disabled={selectable ? undefined : true}
      data-slot-start={slot.start}
      onClick={() => {
        if (selectable) {
          onSelect?.(slot);
        }
      }}
    >
      <span className="slot-button-time">{`${start}–${end}`}</span>{' '}
      <span className="slot-button-label">{slot.label}</span>
      {slot.badge && (
        <>
          {' '}
          <span className="slot-button-badge">{slot.badge}</span>
        </>
      )}
    </button>
  );
}
