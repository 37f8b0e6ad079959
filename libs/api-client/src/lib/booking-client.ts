import type {
  CancelOfficeHoursInput,
  AvailabilityInput,
  AvailabilityView,
  BookingFeedbackInput,
  BookingListQuery,
  BookingNoteInput,
  BookingView,
  CalendarFeedView,
  CancelBookingInput,
  CreateBookingInput,
  CreateOfficeHoursInput,
  OfficeHoursView,
  OutboxMailView,
  RescheduleBookingInput,
  SlotQuery,
  SlotsView,
} from '@torchbridge/contracts';
import { toQueryString } from './query-string';

/** A file the API served (an invite, a mail's attachment) with the name it suggested. */
export interface Download {
  blob: Blob;
  /** From Content-Disposition; null when the answer named none. */
  fileName: string | null;
}

/** Session booking: availability, slots, bookings, office hours, the calendar feed and the dev outbox. */
export interface BookingApi {
  /** The signed-in mentor's availability (defaults until they save one). */
  myAvailability(): Promise<AvailabilityView>;
  /** Replaces the whole availability; 400 names each field that is wrong. */
  saveAvailability(body: AvailabilityInput): Promise<AvailabilityView>;
  /** Bookable starts of a mentor, each with how well it fits both people's working hours. */
  mentorSlots(mentorId: string, query?: SlotQuery): Promise<SlotsView>;
  /** 409 `booking.slot_taken` when someone else got the time first. */
  createBooking(body: CreateBookingInput): Promise<BookingView>;
  listBookings(scope?: BookingListQuery['scope']): Promise<BookingView[]>;
  booking(id: string): Promise<BookingView>;
  confirmBooking(id: string): Promise<BookingView>;
  rescheduleBooking(
    id: string,
    body: RescheduleBookingInput,
  ): Promise<BookingView>;
  cancelBooking(id: string, body: CancelBookingInput): Promise<BookingView>;
  /** The mentor records that the founder did not come (after the start). */
  markBookingNoShow(id: string): Promise<BookingView>;
  completeBooking(id: string): Promise<BookingView>;
  leaveBookingFeedback(
    id: string,
    body: BookingFeedbackInput,
  ): Promise<BookingView>;
  saveBookingNote(id: string, body: BookingNoteInput): Promise<BookingView>;
  /** The session's `.ics` invite. */
  bookingInvite(id: string): Promise<Download>;
  officeHours(mentorId?: string): Promise<OfficeHoursView[]>;
  createOfficeHours(body: CreateOfficeHoursInput): Promise<OfficeHoursView>;
  /** A founder takes one seat; the answer is their booking. */
  takeOfficeHoursSeat(id: string): Promise<BookingView>;
  cancelOfficeHours(
    id: string,
    body?: CancelOfficeHoursInput,
  ): Promise<OfficeHoursView>;
  calendarFeed(): Promise<CalendarFeedView>;
  /** A new secret URL; the old one stops working. */
  rotateCalendarFeed(): Promise<CalendarFeedView>;
  /** Mail the product would have sent, when no SMTP server is configured. */
  outbox(): Promise<OutboxMailView[]>;
  outboxAttachment(id: string, index: number): Promise<Download>;
}

/** What the booking endpoints need from the client's transport (bearer token, silent refresh, coded errors). */
export interface BookingTransport {
  get<T>(path: string): Promise<T>;
  sendJson<T>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<T>;
  download(path: string): Promise<Download>;
}

// Ids come from the API, but encoding keeps a malformed one from reaching another route.
const pathId = (id: string) => encodeURIComponent(id);

export function bookingEndpoints({
  get,
  sendJson,
  download,
}: BookingTransport): BookingApi {
  const bookingAction = <T>(id: string, action: string, body: unknown = {}) =>
    sendJson<T>('POST', `/bookings/${pathId(id)}/${action}`, body);
  return {
    myAvailability: () => get<AvailabilityView>('/me/availability'),
    saveAvailability: (body) =>
      sendJson<AvailabilityView>('PUT', '/me/availability', body),
    mentorSlots: (mentorId, query = {}) =>
      get<SlotsView>(
        `/mentors/${pathId(mentorId)}/slots${toQueryString(query)}`,
      ),
    createBooking: (body) => sendJson<BookingView>('POST', '/bookings', body),
    listBookings: (scope) =>
      get<BookingView[]>(`/bookings${toQueryString({ scope })}`),
    booking: (id) => get<BookingView>(`/bookings/${pathId(id)}`),
    confirmBooking: (id) => bookingAction<BookingView>(id, 'confirm'),
    rescheduleBooking: (id, body) =>
      bookingAction<BookingView>(id, 'reschedule', body),
    cancelBooking: (id, body) => bookingAction<BookingView>(id, 'cancel', body),
    markBookingNoShow: (id) => bookingAction<BookingView>(id, 'no-show'),
    completeBooking: (id) => bookingAction<BookingView>(id, 'complete'),
    leaveBookingFeedback: (id, body) =>
      bookingAction<BookingView>(id, 'feedback', body),
    saveBookingNote: (id, body) =>
      sendJson<BookingView>('PUT', `/bookings/${pathId(id)}/note`, body),
    bookingInvite: (id) => download(`/bookings/${pathId(id)}/ics`),
    officeHours: (mentorId) =>
      get<OfficeHoursView[]>(`/office-hours${toQueryString({ mentorId })}`),
    createOfficeHours: (body) =>
      sendJson<OfficeHoursView>('POST', '/office-hours', body),
    takeOfficeHoursSeat: (id) =>
      sendJson<BookingView>('POST', `/office-hours/${pathId(id)}/seats`, {}),
    cancelOfficeHours: (id, body = {}) =>
      sendJson<OfficeHoursView>(
        'POST',
        `/office-hours/${pathId(id)}/cancel`,
        body,
      ),
    calendarFeed: () => get<CalendarFeedView>('/calendar/feed'),
    rotateCalendarFeed: () =>
      sendJson<CalendarFeedView>('POST', '/calendar/feed/rotate', {}),
    outbox: () => get<OutboxMailView[]>('/dev/outbox'),
    outboxAttachment: (id, index) =>
      download(
        `/dev/outbox/${pathId(id)}/attachments/${encodeURIComponent(String(index))}`,
      ),
  };
}

/** The file name of a Content-Disposition header (`filename*=UTF-8''…` preferred over `filename="…"`). */
export function dispositionFileName(header: string | null): string | null {
  if (!header) {
    return null;
  }
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape falls through to the plain name.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  const name = plain?.[2] ?? plain?.[1];
  return name ? name.trim() : null;
}
