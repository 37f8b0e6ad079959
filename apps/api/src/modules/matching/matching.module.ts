import { Module, OnModuleInit } from '@nestjs/common';
import { ConversationsService, ChatModule } from '../chat';
import { DirectoryModule } from '../directory';
import { MentorshipRequestsService, MentorshipsModule } from '../mentorships';
import { CohortController } from './cohort.controller';
import { CohortMatcher } from './cohort-matcher';
import { CohortService } from './cohort.service';
import { MatchingController } from './matching.controller';
import { RecommendationsService } from './recommendations.service';
import { WeightsService } from './weights.service';

/** Owns cohort_runs and programme_settings: recommendations, weights and cohort runs. Nothing imports it. */
@Module({
  imports: [DirectoryModule, MentorshipsModule, ChatModule],
  controllers: [MatchingController, CohortController],
  providers: [RecommendationsService, WeightsService, CohortMatcher, CohortService],
})
export class MatchingModule implements OnModuleInit {
  constructor(
    private readonly conversations: ConversationsService,
    private readonly cohorts: CohortService,
    private readonly requests: MentorshipRequestsService,
    private readonly recommendations: RecommendationsService,
  ) {}

  /** A cohort run's group conversation holds the run's founders and mentors; a mentor's requests show the match score. */
  onModuleInit(): void {
    this.conversations.registerGroupSource({ resolve: (runner, cohortRunId) => this.cohorts.group(runner, cohortRunId) });
    this.requests.registerFitSource({ fits: (mentorId, startupIds) => this.recommendations.fits(mentorId, startupIds) });
  }
}
