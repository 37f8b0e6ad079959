import { Module } from '@nestjs/common';
import { CohortController } from './cohort.controller';
import { CohortService } from './cohort.service';
import { MatchingController } from './matching.controller';
import { MatchingService } from './matching.service';

@Module({ controllers: [MatchingController, CohortController], providers: [MatchingService, CohortService] })
export class MatchingModule {}
