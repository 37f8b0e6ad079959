import type {
  AvailabilityView,
  BookingView,
  SlotView,
  SlotsView,
} from '@torchbridge/contracts';
import { FOUNDER_USER_ID, MENTOR_USER_ID } from './matching';

/** Monday 6 April 2026, 14:00 in Shanghai and 08:00 in Berlin (summer time since 29 March). */
export const BOOKING_NOW = new Date('2026-04-06T06:00:00.000Z');
export const MENTOR_ID = 'a1e0c9d4-0000-4000-8000-000000000001';
export const MENTORSHIP_ID = 'f0f0f0f0-0000-4000-8000-000000000001';
export const BOOKING_ID = 'b0b0b0b0-0000-4000-8000-000000000001';

/** Tuesday 15:00 in Shanghai is 09:00 in Berlin: inside both working days. */
export const OVERLAP_SLOT: SlotView = {
  start: '2026-04-07T07:00:00.000Z',
  end: '2026-04-07T07:30:00.000Z',
  fit: 1,
  inOverlap: true,
};
/** Tuesday 23:00 in Shanghai, 17:00 in Berlin: the mentor's evening, the founder's night. */
export const EVENING_SLOT: SlotView = {
  start: '2026-04-07T15:00:00.000Z',
  end: '2026-04-07T15:30:00.000Z',
  fit: 0.5,
  inOverlap: false,
};
/** Thursday 01:00 in Shanghai is still Wednesday 19:00 in Berlin. */
export const ACROSS_MIDNIGHT_SLOT: SlotView = {
  start: '2026-04-08T17:00:00.000Z',
  end: '2026-04-08T17:30:00.000Z',
  fit: 0,
  inOverlap: false,
};

/** Anna's (Berlin) free times as Li Wei (Shanghai) sees them. */
export function makeSlots(overrides: Partial<SlotsView> = {}): SlotsView {
  return {
    mentorId: MENTOR_ID,
    mentorTimeZone: 'Europe/Berlin',
    viewerTimeZone: 'Asia/Shanghai',
    length: 30,
    lengths: [30, 60],
    slots: [OVERLAP_SLOT, EVENING_SLOT, ACROSS_MIDNIGHT_SLOT],
    best: [OVERLAP_SLOT],
    ...overrides,
  };
}

/** A session of Li Wei (Lumen Photonics, Shanghai) with Anna Schmidt (Berlin). */
export function makeBooking(overrides: Partial<BookingView> = {}): BookingView {
  return {
    id: BOOKING_ID,
    kind: 'mentorship',
    status: 'confirmed',
    start: OVERLAP_SLOT.start,
    end: OVERLAP_SLOT.end,
    lengthMinutes: 30,
    topic: 'CE marking for the EU',
    mentorshipId: MENTORSHIP_ID,
    officeHoursId: null,
    conversationId: null,
    mentor: {
      mentorId: MENTOR_ID,
      userId: MENTOR_USER_ID,
      displayName: 'Anna Schmidt',
      timeZone: 'Europe/Berlin',
    },
    founder: {
      userId: FOUNDER_USER_ID,
      displayName: 'Li Wei',
      timeZone: 'Asia/Shanghai',
    },
    startup: {
      id: '5ca1ab1e-0000-4000-8000-000000000001',
      nameEn: 'Lumen Photonics',
      nameZh: '流明光电',
    },
    meetingLink: 'https://meeting.tencent.com/dm/anna',
    meetingPlace: null,
    sequence: 0,
    cancelledBy: null,
    cancelReason: null,
    myNote: '',
    myFeedback: null,
    createdAt: '2026-04-01T08:00:00.000Z',
    updatedAt: '2026-04-01T08:00:00.000Z',
    ...overrides,
  };
}

/** Anna's saved availability: Tuesday and Thursday evenings in Berlin. */
export function makeAvailability(
  overrides: Partial<AvailabilityView> = {},
): AvailabilityView {
  return {
    mentorId: MENTOR_ID,
    timeZone: 'Europe/Berlin',
    rules: [
      { weekday: 2, startMinute: 17 * 60, endMinute: 19 * 60 },
      { weekday: 4, startMinute: 17 * 60, endMinute: 19 * 60 },
    ],
    overrides: [],
    blackouts: [],
    sessionLengths: [30],
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 10,
    minimumNoticeMinutes: 720,
    horizonDays: 28,
    maxPerDay: 2,
    maxPerWeek: null,
    meetingLink: 'https://meeting.tencent.com/dm/anna',
    meetingPlace: null,
    autoConfirm: false,
    updatedAt: '2026-04-01T08:00:00.000Z',
    ...overrides,
  };
}
