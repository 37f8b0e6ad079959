import type { WorkingHours } from '@torchbridge/contracts';
import { coveredBy, intersectUnions, type Span, unionOf } from './ranges';
import type { Slot } from './slots';
import { zoneDays, zoneNamed } from './zone-clock';

export interface PersonHours {
  timeZone: string;
  hours: WorkingHours;
}

export interface RankedSlot extends Slot {
  /** 0..1: the share of the session inside both people's working hours. */
  fit: number;
  /** The whole session is inside both people's working hours. */
  inOverlap: boolean;
}

/** A person's working hours between two instants, on each of their own local dates. */
function workingSpans(person: PersonHours, from: number, to: number): Span[] {
  const zone = zoneNamed(person.timeZone);
  const { startMinute, endMinute, weekdays } = person.hours;
  const spans: Span[] = [];
  for (const day of zoneDays(zone, from, to)) {
    if (
      weekdays.includes(day.weekday as WorkingHours['weekdays'][number]) &&
      startMinute < endMinute
    ) {
      spans.push({
        start: day.instant(startMinute),
        end: day.instant(endMinute),
      });
    }
  }
  return unionOf(spans);
}

/** Each slot with how much of it falls inside both people's working hours, in the order given. */
export function rankSlots(
  slots: readonly Slot[],
  mentor: PersonHours,
  viewer: PersonHours,
): RankedSlot[] {
  if (slots.length === 0) {
    return [];
  }
  let from = Infinity;
  let to = -Infinity;
  for (const slot of slots) {
    from = Math.min(from, slot.start.getTime());
    to = Math.max(to, slot.end.getTime());
  }
  const both = intersectUnions(
    workingSpans(mentor, from, to),
    workingSpans(viewer, from, to),
  );
  return slots.map((slot) => {
    const start = slot.start.getTime();
    const end = slot.end.getTime();
    const covered = coveredBy(both, start, end);
    const fit = end > start ? covered / (end - start) : 0;
    return { start: slot.start, end: slot.end, fit, inOverlap: fit === 1 };
  });
}

/** The `n` best slots: highest fit first, the earliest among equals. */
export function bestSlots<T extends { start: Date; fit: number }>(
  ranked: readonly T[],
  n = 5,
): T[] {
  return [...ranked]
    .sort((a, b) => b.fit - a.fit || a.start.getTime() - b.start.getTime())
    .slice(0, Math.max(0, n));
}
