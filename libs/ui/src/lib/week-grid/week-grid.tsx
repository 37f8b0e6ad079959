import type { KeyboardEvent } from 'react';
import { DayColumn } from '../day-column/day-column';
import type { Slot } from '../slot-button/slot';
import { addDays, calendarDate, dayHeading } from '../zoned-time/zoned-time';
import './week-grid.css';

export interface WeekGridProps {
  /** The week's first day as a calendar date in the display zone, e.g. "2026-03-23". */
  weekStart: string;
  slots: readonly Slot[];
  /** IANA zone the week is laid out in: a slot belongs to the day, and shows the time, it has there. */
  timeZone: string;
  /** BCP 47 locale for day headings, e.g. "en" or "zh-CN". */
  locale: string;
  /** Accessible name of the whole week, e.g. "Free times, week of 23 March". */
  label: string;
  /** Shown in a day without slots, e.g. "No times". */
  emptyDayLabel: string;
  onSelect?(slot: Slot): void;
  /** Days shown, 7 by default. */
  days?: number;
}

/** Slots laid out in day columns for one week in a given time zone. Arrow keys move between slots. */
export function WeekGrid({
  weekStart,
  slots,
  timeZone,
  locale,
  label,
  emptyDayLabel,
  onSelect,
  days = 7,
}: WeekGridProps) {
  const dates = Array.from({ length: days }, (_, i) => addDays(weekStart, i));
  const byDate = new Map<string, Slot[]>(dates.map((date) => [date, []]));
  for (const slot of slots) {
    byDate.get(calendarDate(new Date(slot.start), timeZone))?.push(slot);
  }

  return (
    <div
      className="week-grid"
      role="group"
      aria-label={label}
      onKeyDown={moveFocus}
    >
      {dates.map((date) => (
        <DayColumn
          key={date}
          heading={dayHeading(date, locale)}
          slots={byDate.get(date) ?? []}
          timeZone={timeZone}
          locale={locale}
          emptyLabel={emptyDayLabel}
          onSelect={onSelect}
        />
      ))}
    </div>
  );
}

/** Up/Down move within a day, Left/Right to the nearest slot of the previous or next day that has slots. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  const step = {
    ArrowUp: [0, -1],
    ArrowDown: [0, 1],
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
  }[event.key];
  if (!step || !(event.target instanceof HTMLElement)) {
    return;
  }
  const columns = [
    ...event.currentTarget.querySelectorAll<HTMLElement>('.day-column'),
  ]
    .map((column) => [
      ...column.querySelectorAll<HTMLButtonElement>('.slot-button'),
    ])
    .filter((buttons) => buttons.length > 0);
  const column = columns.findIndex((buttons) =>
    buttons.includes(event.target as HTMLButtonElement),
  );
  if (column < 0) {
    return;
  }
  const row = columns[column]?.indexOf(event.target as HTMLButtonElement) ?? 0;
  const [dx = 0, dy = 0] = step;
  const targetColumn = columns[column + dx];
  const target = targetColumn?.[Math.min(row + dy, targetColumn.length - 1)];
  if (target && row + dy >= 0) {
    event.preventDefault();
    target.focus();
  }
}
