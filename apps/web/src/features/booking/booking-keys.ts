import type { BookingListQuery, BookingView } from '@torchbridge/contracts';
import type { QueryClient } from '@tanstack/react-query';

/** Query keys of the booking screens; every booking change refreshes lists and slots under these prefixes. */
export const bookingKeys = {
  all: ['bookings'] as const,
  list: (scope: NonNullable<BookingListQuery['scope']>) =>
    ['bookings', 'list', scope] as const,
  one: (id: string) => ['bookings', 'one', id] as const,
  slotsOf: (mentorId: string) => ['slots', mentorId] as const,
  availability: ['availability'] as const,
  officeHours: (mentorId: string) => ['office-hours', mentorId] as const,
  feed: ['calendar-feed'] as const,
};

/** After a change the answer replaces the cached session; lists and free times are read again. */
export async function applyBookingChange(
  queryClient: QueryClient,
  booking: BookingView,
): Promise<void> {
  queryClient.setQueryData(bookingKeys.one(booking.id), booking);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['bookings', 'list'] }),
    queryClient.invalidateQueries({
      queryKey: bookingKeys.slotsOf(booking.mentor.mentorId),
    }),
    queryClient.invalidateQueries({ queryKey: ['office-hours'] }),
  ]);
}
