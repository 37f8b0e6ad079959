import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MatchWeights, RecommendationView } from '@torchbridge/contracts';
import { CurrentUser, Roles } from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { RecommendationQueryDto, WeightsDto } from './dto/matching.dto';
import { RecommendationsService } from './recommendations.service';
import { WeightsService } from './weights.service';

@ApiTags('matching')
@ApiBearerAuth()
@Controller()
export class MatchingController {
  constructor(
    private readonly recommendations: RecommendationsService,
    private readonly weightsService: WeightsService,
  ) {}

  @Roles('founder')
  @Get('recommendations')
  @ApiOperation({ summary: 'The best mentors for my startup, with score and reasons' })
  recommend(@CurrentUser() user: AuthUser, @Query() query: RecommendationQueryDto): Promise<RecommendationView[]> {
    return this.recommendations.recommend(user, query);
  }

  @Roles('manager', 'admin')
  @Get('programme/weights')
  @ApiOperation({ summary: 'The points each matching criterion is worth' })
  weights(): Promise<MatchWeights> {
    return this.weightsService.get();
  }

  @Roles('manager', 'admin')
  @Put('programme/weights')
  @ApiOperation({ summary: 'Change the matching weights (they must add up to 100)' })
  setWeights(@CurrentUser() user: AuthUser, @Body() dto: WeightsDto): Promise<MatchWeights> {
    return this.weightsService.set(user, dto);
  }
}
