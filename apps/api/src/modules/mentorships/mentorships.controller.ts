import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MentorshipRequestView, MentorshipView, NotificationView } from '@torchbridge/contracts';
import { AnyRole, CurrentUser, Roles } from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { CreateRequestDto, DeclineRequestDto, EndMentorshipDto, FeedbackDto, ProposeMilestoneDto, RequestBoxQueryDto } from './dto/mentorship.dto';
import { MentorshipsService } from './mentorships.service';

@ApiTags('mentorships')
@ApiBearerAuth()
@Controller()
export class MentorshipsController {
  constructor(private readonly mentorships: MentorshipsService) {}

  @Roles('founder')
  @Post('mentorship-requests')
  @ApiOperation({ summary: 'Ask a mentor (at most 3 pending at a time; the mentor has 7 days to answer)' })
  request(@CurrentUser() user: AuthUser, @Body() dto: CreateRequestDto): Promise<MentorshipRequestView> {
    return this.mentorships.request(user, dto);
  }

  @Roles('founder', 'mentor')
  @Get('mentorship-requests')
  @ApiOperation({ summary: 'Requests my startup sent, or requests in my mentor inbox' })
  requests(@CurrentUser() user: AuthUser, @Query() query: RequestBoxQueryDto): Promise<MentorshipRequestView[]> {
    return this.mentorships.requests(user, query.box);
  }

  @AnyRole()
  @Get('mentorship-requests/:id')
  @ApiOperation({ summary: 'One request (its founder, its mentor, or staff)' })
  getRequest(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<MentorshipRequestView> {
    return this.mentorships.getRequest(user, id);
  }

  @Roles('mentor')
  @Post('mentorship-requests/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept: uses one free place and opens the mentorship and its conversation' })
  accept(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<MentorshipView> {
    return this.mentorships.accept(user, id);
  }

  @Roles('mentor')
  @Post('mentorship-requests/:id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline with a reason the founder will see' })
  decline(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DeclineRequestDto): Promise<MentorshipRequestView> {
    return this.mentorships.decline(user, id, dto);
  }

  @Roles('founder')
  @Post('mentorship-requests/:id/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm a pair the programme proposed, so the mentor can accept it' })
  confirm(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<MentorshipRequestView> {
    return this.mentorships.confirm(user, id);
  }

  @Roles('founder')
  @Post('mentorship-requests/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a pending request' })
  withdraw(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<MentorshipRequestView> {
    return this.mentorships.withdraw(user, id);
  }

  @AnyRole()
  @Get('mentorships')
  @ApiOperation({ summary: 'My mentorships (all of them for staff)' })
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
    return this.mentorships.proposeMilestone(user, id, dto);
  }

  @Roles('founder', 'mentor')
  @Post('mentorships/:id/milestones/:milestoneId/agree')
  @HttpCode(200)
  @ApiOperation({ summary: 'Agree to the milestone the other side proposed' })
  agreeMilestone(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('milestoneId', ParseUUIDPipe) milestoneId: string): Promise<MentorshipView> {
    return this.mentorships.agreeMilestone(user, id, milestoneId);
  }

  @Roles('founder', 'mentor')
  @Post('mentorships/:id/milestones/:milestoneId/achieve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark an agreed milestone achieved' })
  achieveMilestone(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('milestoneId', ParseUUIDPipe) milestoneId: string): Promise<MentorshipView> {
    return this.mentorships.achieveMilestone(user, id, milestoneId);
  }

  @Roles('founder', 'mentor')
  @Post('mentorships/:id/feedback')
  @ApiOperation({ summary: 'Leave final feedback (1–5 and a comment) once the mentorship has closed' })
  feedback(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: FeedbackDto): Promise<MentorshipView> {
    return this.mentorships.feedback(user, id, dto);
  }

  @AnyRole()
  @Get('notifications')
  @ApiOperation({ summary: 'My latest notifications (requests received, accepted, declined, expired)' })
  notifications(@CurrentUser() user: AuthUser): Promise<NotificationView[]> {
    return this.mentorships.notifications(user);
  }
}
