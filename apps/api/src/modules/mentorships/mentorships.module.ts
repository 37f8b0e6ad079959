import { Module } from '@nestjs/common';
import { ChatModule } from '../chat';
import { DirectoryModule } from '../directory';
import { UsersModule } from '../users';
import { MentorshipRequestsController } from './mentorship-requests.controller';
import { MentorshipRequestsService } from './mentorship-requests.service';
import { MentorshipViews } from './mentorship-views';
import { MentorshipsController } from './mentorships.controller';
import { MentorshipsService } from './mentorships.service';
import { MilestonesService } from './milestones.service';
import { RequestExpiryJob } from './request-expiry.job';

/** Owns mentorship_requests, mentorships, mentorship_milestones, mentorship_feedback. */
@Module({
  imports: [DirectoryModule, UsersModule, ChatModule],
  controllers: [MentorshipRequestsController, MentorshipsController],
  providers: [MentorshipRequestsService, MentorshipsService, MilestonesService, MentorshipViews, RequestExpiryJob],
  exports: [MentorshipRequestsService, MentorshipsService],
})
export class MentorshipsModule {}
