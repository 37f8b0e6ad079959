/** What a bookable time looks like to the calendar components. */
export type SlotState = 'free' | 'held' | 'booked' | 'selected';

export interface Slot {
  /** ISO 8601 instants, e.g. "2026-03-29T08:00:00.000Z". */
  start: string;
  end: string;
  /** Already-translated text shown under the time, e.g. "Free" or "Booked". */
  label: string;
  state: SlotState;
  /** Already-translated tag shown as a badge, e.g. "Overlap"; in words so it never relies on colour. */
  badge?: string;
}

/** Free and selected slots can be picked (picking a selected one again lets the caller unselect it). */
export function isSelectable(slot: Slot): boolean {
  return slot.state === 'free' || slot.state === 'selected';
}
