import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MentorshipView } from '@torchbridge/contracts';
import { AnyRole, CurrentUser, Roles } from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { EndMentorshipDto, FeedbackDto, ProposeMilestoneDto } from './dto/mentorship.dto';
import { MentorshipsService } from './mentorships.service';
import { MilestonesService } from './milestones.service';

@ApiTags('mentorships')
@ApiBearerAuth()
@Controller()
export class MentorshipsController {
  constructor(
    private readonly mentorships: MentorshipsService,
    private readonly milestones: MilestonesService,
  ) {}

  @AnyRole()
  @Get('mentorships')
  @ApiOperation({ summary: 'My mentorships (for managers: those of their incubators; for admins: all)' })
  list(@CurrentUser() user: AuthUser): Promise<MentorshipView[]> {
    return this.mentorships.mentorships(user);
  }

  @AnyRole()
  @Get('mentorships/:id')
  @ApiOperation({ summary: 'One mentorship' })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<MentorshipView> {
    return this.mentorships.mentorship(user, id);
  }

  @Roles('founder', 'mentor')
  @Post('mentorships/:id/end')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a mentorship as completed or ended early; frees the mentor’s place' })
  end(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: EndMentorshipDto): Promise<MentorshipView> {
    return this.mentorships.end(user, id, dto);
  }

  @Roles('founder', 'mentor')
  @Post('mentorships/:id/milestones')
  @ApiOperation({ summary: 'Propose a milestone (pilot production, market validation, first EU customer, …)' })
  proposeMilestone(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ProposeMilestoneDto): Promise<MentorshipView> {
    return this.milestones.propose(user, id, dto);
  }

  @Roles('founder', 'mentor')
  @Post('mentorships/:id/milestones/:milestoneId/agree')
  @HttpCode(200)
  @ApiOperation({ summary: 'Agree to the milestone the other side proposed' })
  agreeMilestone(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('milestoneId', ParseUUIDPipe) milestoneId: string): Promise<MentorshipView> {
    return this.milestones.agree(user, id, milestoneId);
  }

  @Roles('founder', 'mentor')
  @Post('mentorships/:id/milestones/:milestoneId/achieve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark an agreed milestone achieved' })
  achieveMilestone(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('milestoneId', ParseUUIDPipe) milestoneId: string): Promise<MentorshipView> {
    return this.milestones.achieve(user, id, milestoneId);
  }

  @Roles('founder', 'mentor')
  @Post('mentorships/:id/feedback')
  @ApiOperation({ summary: 'Leave final feedback (1–5 and a comment) once the mentorship has closed' })
  feedback(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: FeedbackDto): Promise<MentorshipView> {
    return this.milestones.feedback(user, id, dto);
  }
}
