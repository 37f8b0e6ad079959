import { Module } from '@nestjs/common';
import { ChatModule } from '../chat';
import { DirectoryModule } from '../directory';
import { MentorshipsModule } from '../mentorships';
import { UsersModule } from '../users';
import { AvailabilityController } from './availability.controller';
import { AvailabilityService } from './availability.service';
import { BookingViews } from './booking-views';
import { BookingsController } from './bookings.controller';
import { BookingsService } from './bookings.service';
import { CalendarFeedsService } from './calendar/calendar-feeds.service';
import { CalendarController } from './calendar/calendar.controller';
import { BookingNotifier } from './notify/booking-notifier';
import { OfficeHoursController } from './office-hours.controller';
import { OfficeHoursService } from './office-hours.service';
import { RemindersJob } from './reminders.job';
import { RemindersService } from './reminders.service';

/** Owns mentor_availability, office_hours, bookings, booking_notes, booking_feedback, booking_reminders, calendar_feeds. */
@Module({
  imports: [DirectoryModule, UsersModule, ChatModule, MentorshipsModule],
  controllers: [AvailabilityController, BookingsController, OfficeHoursController, CalendarController],
  providers: [AvailabilityService, BookingsService, OfficeHoursService, BookingViews, CalendarFeedsService, BookingNotifier, RemindersService, RemindersJob],
  exports: [BookingsService],
})
export class BookingsModule {}
