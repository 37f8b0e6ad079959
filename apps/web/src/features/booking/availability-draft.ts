import type {
  AvailabilityInput,
  AvailabilityView,
  IsoWeekday,
  SessionLength,
} from '@torchbridge/contracts';
import {
  instantToLocalInput,
  localInputToInstant,
  minutesToTimeInput,
  timeInputToMinutes,
} from './booking-time';

/** One stretch of a day as the time inputs hold it ("09:00", "17:00"). */
export interface DraftInterval {
  start: string;
  end: string;
}

export interface DraftRule extends DraftInterval {
  weekday: IsoWeekday;
}

export interface DraftOverride {
  date: string;
  intervals: DraftInterval[];
}

/** Local date-times ("2026-08-01T00:00") on the availability's own zone. */
export interface DraftBlackout {
  start: string;
  end: string;
  note: string;
}

/** The editor's state: what the inputs hold, text where the person types numbers, so half-typed values survive. */
export interface AvailabilityDraft {
  timeZone: string;
  rules: DraftRule[];
  overrides: DraftOverride[];
  blackouts: DraftBlackout[];
  sessionLengths: SessionLength[];
  bufferBeforeMinutes: string;
  bufferAfterMinutes: string;
  minimumNoticeHours: string;
  horizonDays: string;
  maxPerDay: string;
  maxPerWeek: string;
  meetingLink: string;
  meetingPlace: string;
  autoConfirm: boolean;
}

/** Problems found before sending, keyed by the field path the API would name. */
export type DraftProblems = Record<string, 'time' | 'number' | 'dateTime'>;

/** What a mentor who never saved starts from. */
export function defaultAvailability(timeZone: string): AvailabilityInput {
  return {
    timeZone,
    rules: [],
    overrides: [],
    blackouts: [],
    sessionLengths: [30],
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minimumNoticeMinutes: 12 * 60,
    horizonDays: 28,
    maxPerDay: null,
    maxPerWeek: null,
    meetingLink: null,
    meetingPlace: null,
    autoConfirm: false,
  };
}

const interval = (startMinute: number, endMinute: number): DraftInterval => ({
  start: minutesToTimeInput(startMinute),
  end: minutesToTimeInput(endMinute),
});

export function toDraft(
  view: AvailabilityInput | AvailabilityView,
): AvailabilityDraft {
  return {
    timeZone: view.timeZone,
    rules: view.rules.map((rule) => ({
      weekday: rule.weekday,
      ...interval(rule.startMinute, rule.endMinute),
    })),
    overrides: view.overrides.map((override) => ({
      date: override.date,
      intervals: override.intervals.map((i) =>
        interval(i.startMinute, i.endMinute),
      ),
    })),
    blackouts: view.blackouts.map((blackout) => ({
      start: instantToLocalInput(blackout.start, view.timeZone),
      end: instantToLocalInput(blackout.end, view.timeZone),
      note: blackout.note,
    })),
    sessionLengths: [...view.sessionLengths],
    bufferBeforeMinutes: String(view.bufferBeforeMinutes),
    bufferAfterMinutes: String(view.bufferAfterMinutes),
    minimumNoticeHours: String(view.minimumNoticeMinutes / 60),
    horizonDays: String(view.horizonDays),
    maxPerDay: view.maxPerDay === null ? '' : String(view.maxPerDay),
    maxPerWeek: view.maxPerWeek === null ? '' : String(view.maxPerWeek),
    meetingLink: view.meetingLink ?? '',
    meetingPlace: view.meetingPlace ?? '',
    autoConfirm: view.autoConfirm,
  };
}

/**
 * The whole input the API replaces availability with. Only what cannot be sent at all (a time or number that is
 * no time or number) is refused here; ranges, overlaps and the rest are the API's to judge, field by field.
 */
export function fromDraft(draft: AvailabilityDraft): {
  input: AvailabilityInput;
  problems: DraftProblems;
} {
  const problems: DraftProblems = {};
  const minutes = (value: string, field: string, as: 'start' | 'end') => {
    const parsed = timeInputToMinutes(value, as);
    if (Number.isNaN(parsed)) {
      problems[field] = 'time';
    }
    return parsed;
  };
  const whole = (value: string, field: string, scale = 1) => {
    const parsed = Number(value.trim());
    if (value.trim() === '' || !Number.isFinite(parsed)) {
      problems[field] = 'number';
      return Number.NaN;
    }
    return Math.round(parsed * scale);
  };
  const cap = (value: string, field: string) =>
    value.trim() === '' ? null : whole(value, field);
  const instant = (value: string, field: string) => {
    const parsed = localInputToInstant(value, draft.timeZone);
    if (!parsed) {
      problems[field] = 'dateTime';
    }
    return parsed ?? '';
  };
  const input: AvailabilityInput = {
    timeZone: draft.timeZone,
    rules: draft.rules.map((rule, i) => ({
      weekday: rule.weekday,
      startMinute: minutes(rule.start, `rules.${i}.startMinute`, 'start'),
      endMinute: minutes(rule.end, `rules.${i}.endMinute`, 'end'),
    })),
    overrides: draft.overrides.map((override, i) => ({
      date: override.date,
      intervals: override.intervals.map((span, j) => ({
        startMinute: minutes(
          span.start,
          `overrides.${i}.intervals.${j}.startMinute`,
          'start',
        ),
        endMinute: minutes(
          span.end,
          `overrides.${i}.intervals.${j}.endMinute`,
          'end',
        ),
      })),
    })),
    blackouts: draft.blackouts.map((blackout, i) => ({
      start: instant(blackout.start, `blackouts.${i}.start`),
      end: instant(blackout.end, `blackouts.${i}.end`),
      note: blackout.note.trim(),
    })),
    sessionLengths: [...draft.sessionLengths].sort((a, b) => a - b),
    bufferBeforeMinutes: whole(
      draft.bufferBeforeMinutes,
      'bufferBeforeMinutes',
    ),
    bufferAfterMinutes: whole(draft.bufferAfterMinutes, 'bufferAfterMinutes'),
    minimumNoticeMinutes: whole(
      draft.minimumNoticeHours,
      'minimumNoticeMinutes',
      60,
    ),
    horizonDays: whole(draft.horizonDays, 'horizonDays'),
    maxPerDay: cap(draft.maxPerDay, 'maxPerDay'),
    maxPerWeek: cap(draft.maxPerWeek, 'maxPerWeek'),
    meetingLink: draft.meetingLink.trim() || null,
    meetingPlace: draft.meetingPlace.trim() || null,
    autoConfirm: draft.autoConfirm,
  };
  return { input, problems };
}
