import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory';
import { MentorshipsModule } from '../mentorships';
import { UsersModule } from '../users';
import { EventFeedbackService } from './event-feedback.service';
import { EventLiveService } from './event-live.service';
import { EventParticipationService } from './event-participation.service';
import { EventScheduleService } from './event-schedule.service';
import { EventRequestsController, EventsController } from './events.controller';
import { EventsGateway } from './events.gateway';
import { EventsService } from './events.service';

/** Owns events, event_participants, event_requests, event_meetings, event_meeting_feedback. */
@Module({
  imports: [DirectoryModule, UsersModule, MentorshipsModule],
  controllers: [EventsController, EventRequestsController],
  providers: [
    EventsService,
    EventParticipationService,
    EventScheduleService,
    EventFeedbackService,
    EventLiveService,
    EventsGateway,
  ],
  exports: [],
})
export class EventsModule {}
