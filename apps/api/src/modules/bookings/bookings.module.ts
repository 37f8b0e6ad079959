import { Module } from '@nestjs/common';
import { ChatModule } from '../chat';
import { DirectoryModule } from '../directory';
import { MentorshipsModule } from '../mentorships';
import { UsersModule } from '../users';
import { BookingViews } from './booking-views';
import { BookingsService } from './bookings.service';

/** Owns mentor_availability, office_hours, bookings, booking_notes, booking_feedback, booking_reminders, calendar_feeds. */
@Module({
  imports: [DirectoryModule, UsersModule, ChatModule, MentorshipsModule],
  controllers: [],
  providers: [BookingsService, BookingViews],
  exports: [BookingsService],
})
export class BookingsModule {}
