import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CohortRunView } from '@torchbridge/contracts';
import { CurrentUser, Roles } from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { CohortService } from './cohort.service';
import { CohortSettingsDto, CreateCohortRunDto } from './dto/cohort.dto';

@ApiTags('cohort matching')
@ApiBearerAuth()
@Roles('manager', 'admin')
@Controller('cohort-runs')
export class CohortController {
  constructor(private readonly cohorts: CohortService) {}

  @Post()
  @ApiOperation({ summary: 'Match a cohort: the highest total score under capacities (proven optimal), or a stable assignment' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCohortRunDto): Promise<CohortRunView> {
    return this.cohorts.create(user, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Cohort runs of my incubators (every run for admins), newest first' })
  list(@CurrentUser() user: AuthUser): Promise<CohortRunView[]> {
    return this.cohorts.list(user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One cohort run with its pairs, reasons and optimality proof' })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CohortRunView> {
    return this.cohorts.get(user, id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Re-run a draft with pinned and forbidden pairs or another mode' })
  rerun(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CohortSettingsDto): Promise<CohortRunView> {
    return this.cohorts.rerun(user, id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish: every pair becomes a request the founder confirms and the mentor accepts' })
  publish(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CohortRunView> {
    return this.cohorts.publish(user, id);
  }
}
