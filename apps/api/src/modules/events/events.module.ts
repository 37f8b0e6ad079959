import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory';
import { UsersModule } from '../users';
import { EventParticipationService } from './event-participation.service';
import { EventScheduleService } from './event-schedule.service';
import { EventRequestsController, EventsController } from './events.controller';
import { EventsService } from './events.service';

/** Owns events, event_participants, event_requests, event_meetings. */
@Module({
  imports: [DirectoryModule, UsersModule],
  controllers: [EventsController, EventRequestsController],
  providers: [EventsService, EventParticipationService, EventScheduleService],
  exports: [],
})
export class EventsModule {}
