import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type {
  EventLiveView,
  EventMeetingView,
  EventParticipantView,
  EventRequestView,
  EventScheduleView,
  EventView,
  MeetingFeedbackView,
} from '@torchbridge/contracts';
import {
  AnyRole,
  CurrentUser,
  Roles,
} from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { CreateEventDto, UpdateEventDto } from './dto/event.dto';
import {
  CreateEventRequestDto,
  DecideEventRequestDto,
  DecideRegistrationDto,
  CheckInDto,
  EventProfileDto,
  NoShowDto,
  StartRoundDto,
  MeetingFeedbackDto,
  PlaceMeetingDto,
} from './dto/participant.dto';
import { EventFeedbackService } from './event-feedback.service';
import { EventLiveService } from './event-live.service';
import { EventParticipationService } from './event-participation.service';
import { EventScheduleService } from './event-schedule.service';
import { EventsService } from './events.service';

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly participation: EventParticipationService,
    private readonly schedule: EventScheduleService,
    private readonly live: EventLiveService,
  ) {}

  @Roles('manager', 'admin')
  @Post()
  @ApiOperation({
    summary:
      'Create a matchmaking event (a draft) hosted by an incubator I run',
  })
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateEventDto,
  ): Promise<EventView> {
    return this.events.create(user, dto);
  }

  @AnyRole()
  @Get()
  @ApiOperation({
    summary: 'Events to come: every open one and the drafts I organise',
  })
  list(@CurrentUser() user: AuthUser): Promise<EventView[]> {
    return this.events.list(user);
  }

  @AnyRole()
  @Get(':id')
  @ApiOperation({ summary: 'One event with its rounds and my registration' })
  one(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<EventView> {
    return this.events.view(user, id);
  }

  @Roles('manager', 'admin')
  @Patch(':id')
  @ApiOperation({
    summary:
      'Change the setup; rounds and tables stay once the schedule is published',
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateEventDto,
  ): Promise<EventView> {
    return this.events.update(user, id, dto);
  }

  @Roles('manager', 'admin')
  @Post(':id/open')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open a draft for registration' })
  open(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<EventView> {
    return this.events.open(user, id);
  }

  @Roles('founder', 'mentor')
  @Post(':id/registrations')
  @ApiOperation({
    summary: 'Register for an event with what I offer and look for',
  })
  register(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: EventProfileDto,
  ): Promise<EventParticipantView> {
    return this.participation.register(user, id, dto);
  }

  @AnyRole()
  @Get(':id/participants')
  @ApiOperation({
    summary:
      'Who takes part: approved participants, and every registration for organisers',
  })
  participants(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<EventParticipantView[]> {
    return this.participation.participants(user, id);
  }

  @Roles('manager', 'admin')
  @Post(':id/participants/:participantId/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve or decline a registration' })
  decide(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('participantId', ParseUUIDPipe) participantId: string,
    @Body() dto: DecideRegistrationDto,
  ): Promise<EventParticipantView> {
    return this.participation.decide(user, id, participantId, dto.approve);
  }

  @Roles('founder', 'mentor')
  @Post(':id/requests')
  @ApiOperation({
    summary:
      'Ask another participant for a meeting; 409 event.quota_reached past the quota',
  })
  request(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateEventRequestDto,
  ): Promise<EventRequestView> {
    return this.participation.request(user, id, dto);
  }

  @AnyRole()
  @Get(':id/requests')
  @ApiOperation({
    summary: 'Meeting requests I sent or received; organisers see every one',
  })
  requests(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<EventRequestView[]> {
    return this.participation.requests(user, id);
  }

  @Roles('manager', 'admin')
  @Post(':id/schedule')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Run the scheduler: locked meetings stay, the rest of the accepted requests are placed afresh (a draft)',
  })
  runSchedule(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<EventScheduleView> {
    return this.schedule.run(user, id);
  }

  @Roles('manager', 'admin')
  @Get(':id/schedule')
  @ApiOperation({
    summary:
      'The schedule as organisers see it: meetings, unscheduled requests, score and proven bound',
  })
  getSchedule(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<EventScheduleView> {
    return this.schedule.view(user, id);
  }

  @Roles('manager', 'admin')
  @Put(':id/meetings/:requestId')
  @ApiOperation({
    summary:
      'Place or move a meeting by hand (409 event.meeting_clash when someone or the table is taken), and lock it or not',
  })
  place(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Body() dto: PlaceMeetingDto,
  ): Promise<EventScheduleView> {
    return this.schedule.place(user, id, requestId, dto);
  }

  @Roles('manager', 'admin')
  @Delete(':id/meetings/:requestId')
  @ApiOperation({ summary: 'Take a meeting out of the schedule' })
  unplace(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('requestId', ParseUUIDPipe) requestId: string,
  ): Promise<EventScheduleView> {
    return this.schedule.remove(user, id, requestId);
  }

  @Roles('manager', 'admin')
  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish the schedule; every participant is told' })
  publish(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<EventScheduleView> {
    return this.schedule.publish(user, id);
  }

  @Roles('founder', 'mentor')
  @Get(':id/agenda.ics')
  @ApiProduces('text/calendar')
  @ApiOperation({
    summary: 'My meetings at a published event as a calendar file',
  })
  async agendaIcs(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const calendar = await this.schedule.agendaIcs(user, id);
    res.set({
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="agenda.ics"',
      'Cache-Control': 'private, no-store',
    });
    return calendar;
  }

  @Roles('manager', 'admin')
  @Get(':id/table-plan.csv')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'The table plan (every meeting by round and table) as CSV',
  })
  async tablePlan(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const csv = await this.schedule.tablePlan(user, id);
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="table-plan.csv"',
      'Cache-Control': 'private, no-store',
    });
    return csv;
  }

  @Roles('founder', 'mentor')
  @Get(':id/agenda')
  @ApiOperation({ summary: 'My meetings at a published event, in round order' })
  agenda(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<EventMeetingView[]> {
    return this.schedule.agenda(user, id);
  }

  @Roles('manager', 'admin')
  @Post(':id/live/round')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Start a round now (server time); every participant screen counts it down',
  })
  startRound(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: StartRoundDto,
  ): Promise<EventLiveView> {
    return this.live.startRound(user, id, dto.round);
  }

  @AnyRole()
  @Get(':id/live')
  @ApiOperation({
    summary:
      'The event day: the round under way with server time, check-ins, and what each table holds',
  })
  liveState(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<EventLiveView> {
    return this.live.state(user, id);
  }

  @AnyRole()
  @Post(':id/live/check-in')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Check in on arrival (myself, or anyone for organisers)',
  })
  checkIn(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CheckInDto,
  ): Promise<EventLiveView> {
    return this.live.checkIn(user, id, dto.participantId);
  }

  @Roles('manager', 'admin')
  @Post(':id/meetings/:requestId/no-show')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Mark that someone did not come to a meeting of the current round; two such meetings re-pair when the rules allow',
  })
  noShow(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('requestId', ParseUUIDPipe) requestId: string,
    @Body() dto: NoShowDto,
  ): Promise<EventLiveView> {
    return this.live.noShow(user, id, requestId, dto.participantId);
  }
}

@ApiTags('events')
@ApiBearerAuth()
@Controller('event-requests')
export class EventRequestsController {
  constructor(
    private readonly participation: EventParticipationService,
    private readonly feedbacks: EventFeedbackService,
  ) {}

  @Roles('founder', 'mentor')
  @Post(':id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept or decline a meeting request sent to me' })
  decide(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DecideEventRequestDto,
  ): Promise<EventRequestView> {
    return this.participation.decideRequest(user, id, dto.accept);
  }

  @Roles('founder', 'mentor')
  @Post(':id/feedback')
  @ApiOperation({
    summary:
      'After the meeting: follow up or not, and (founder and mentor) continue as a mentorship',
  })
  feedback(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: MeetingFeedbackDto,
  ): Promise<MeetingFeedbackView> {
    return this.feedbacks.give(user, id, dto);
  }

  @Roles('founder', 'mentor')
  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Take back a meeting request I sent that has no answer yet',
  })
  withdraw(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<EventRequestView> {
    return this.participation.withdraw(user, id);
  }
}
