import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory';
import { UsersModule } from '../users';
import { EventParticipationService } from './event-participation.service';
import { EventRequestsController, EventsController } from './events.controller';
import { EventsService } from './events.service';

/** Owns events, event_participants, event_requests. */
@Module({
  imports: [DirectoryModule, UsersModule],
  controllers: [EventsController, EventRequestsController],
  providers: [EventsService, EventParticipationService],
  exports: [],
})
export class EventsModule {}
