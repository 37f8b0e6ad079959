export { BookingsModule } from './bookings.module';
export { BookingsService } from './bookings.service';
export type { BookingSnapshot } from './booking-views';
