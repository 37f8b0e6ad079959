import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MentorshipRequestView, MentorshipView } from '@torchbridge/contracts';
import { AnyRole, CurrentUser, Roles } from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { CreateRequestDto, DeclineRequestDto, RequestBoxQueryDto } from './dto/mentorship.dto';
import { MentorshipRequestsService } from './mentorship-requests.service';

@ApiTags('mentorships')
@ApiBearerAuth()
@Controller()
export class MentorshipRequestsController {
  constructor(private readonly requestsService: MentorshipRequestsService) {}

  @Roles('founder')
  @Post('mentorship-requests')
  @ApiOperation({ summary: 'Ask a mentor (at most 3 pending at a time; the mentor has 7 days to answer)' })
  request(@CurrentUser() user: AuthUser, @Body() dto: CreateRequestDto): Promise<MentorshipRequestView> {
    return this.requestsService.request(user, dto);
  }

  @Roles('founder', 'mentor')
  @Get('mentorship-requests')
  @ApiOperation({ summary: 'Requests my startup sent, or requests in my mentor inbox' })
  requests(@CurrentUser() user: AuthUser, @Query() query: RequestBoxQueryDto): Promise<MentorshipRequestView[]> {
    return this.requestsService.requests(user, query.box);
  }

  @AnyRole()
  @Get('mentorship-requests/:id')
  @ApiOperation({ summary: 'One request (its founder, its mentor, or staff)' })
  getRequest(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<MentorshipRequestView> {
    return this.requestsService.getRequest(user, id);
  }

  @Roles('mentor')
  @Post('mentorship-requests/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept: uses one free place and opens the mentorship and its conversation' })
  accept(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<MentorshipView> {
    return this.requestsService.accept(user, id);
  }

  @Roles('mentor')
  @Post('mentorship-requests/:id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline with a reason the founder will see' })
  decline(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DeclineRequestDto): Promise<MentorshipRequestView> {
    return this.requestsService.decline(user, id, dto);
  }

  @Roles('founder')
  @Post('mentorship-requests/:id/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm a pair the programme proposed, so the mentor can accept it' })
  confirm(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<MentorshipRequestView> {
    return this.requestsService.confirm(user, id);
  }

  @Roles('founder')
  @Post('mentorship-requests/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a pending request' })
  withdraw(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<MentorshipRequestView> {
    return this.requestsService.withdraw(user, id);
  }
}
