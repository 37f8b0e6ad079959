import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MentorCard, MentorDetail, Page } from '@torchbridge/contracts';
import { AnyRole, CurrentUser, Roles } from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { MentorProfileDto, MentorQueryDto, VettingDecisionDto } from './dto/directory.dto';
import { MentorsService } from './mentors.service';

@ApiTags('mentors')
@ApiBearerAuth()
@Controller()
export class MentorsController {
  constructor(private readonly mentors: MentorsService) {}

  @AnyRole()
  @Get('mentors')
  @ApiOperation({ summary: 'Search mentors (founders see approved, open mentors only); keyset-paginated' })
  list(@CurrentUser() user: AuthUser, @Query() query: MentorQueryDto): Promise<Page<MentorCard>> {
    return this.mentors.list(user, query);
  }

  @Roles('mentor')
  @Get('me/mentor-profile')
  @ApiOperation({ summary: 'My mentor profile' })
  mine(@CurrentUser() user: AuthUser): Promise<MentorDetail> {
    return this.mentors.mine(user);
  }

  @Roles('mentor')
  @Put('me/mentor-profile')
  @ApiOperation({ summary: 'Create (pending vetting) or update my mentor profile' })
  upsert(@CurrentUser() user: AuthUser, @Body() dto: MentorProfileDto): Promise<MentorDetail> {
    return this.mentors.upsertMine(user, dto);
  }

  @AnyRole()
  @Get('mentors/:id')
  @ApiOperation({ summary: 'One mentor; contact details only for the mentor, partners and managers' })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<MentorDetail> {
    return this.mentors.get(user, id);
  }

  @Roles('manager', 'admin')
  @Post('mentors/:id/vetting')
  @ApiOperation({ summary: 'Approve or reject a mentor (a reason is required to reject)' })
  decide(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VettingDecisionDto): Promise<MentorDetail> {
    return this.mentors.decide(user, id, dto);
  }
}
