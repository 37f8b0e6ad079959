import {
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { CalendarFeedView } from '@torchbridge/contracts';
import type { Request, Response } from 'express';
import {
  AnyRole,
  CurrentUser,
  Public,
} from '../../../common/decorators/access.decorators';
import type { AuthUser } from '../../../common/http/auth-user';
import { CalendarFeedsService } from './calendar-feeds.service';

const CALENDAR = 'text/calendar; charset=utf-8';

/** The address this request came to, for links when PUBLIC_URL is not set (the proxy's, with TRUST_PROXY). */
const originOf = (req: Request): string =>
  `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/** Set once the calendar is made: an error before that answers in the usual JSON shape. */
function calendarHeaders(res: Response, headers: Record<string, string>): void {
  res.set({ 'Content-Type': CALENDAR, ...headers });
}

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @AnyRole()
  @ApiBearerAuth()
  @Get('calendar/feed')
  @ApiOperation({
    summary:
      'My private calendar feed URL (made on first call); anyone holding it reads my sessions',
  })
  feed(
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
  ): Promise<CalendarFeedView> {
    return this.feeds.feed(user, originOf(req));
  }

  @AnyRole()
  @ApiBearerAuth()
  @Post('calendar/feed/rotate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A new feed URL; the old one stops working at once',
  })
  rotate(
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
  ): Promise<CalendarFeedView> {
    return this.feeds.rotate(user, originOf(req));
  }

  @Public()
  @Get('calendar/feed/:token.ics')
  @ApiProduces(CALENDAR)
  @ApiOperation({
    summary:
      'The feed itself, for calendar apps: the owner’s sessions from 30 days ago on',
    description: 'The token is the credential; an unknown one answers 404.',
  })
  async ics(
    @Param('token') token: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const calendar = await this.feeds.ics(token);
    calendarHeaders(res, { 'Cache-Control': 'private, no-cache' });
    return calendar;
  }

  @AnyRole()
  @ApiBearerAuth()
  @Get('bookings/:id/ics')
  @ApiProduces(CALENDAR)
  @ApiOperation({
    summary:
      'The invite of one of my sessions, to add it to a calendar (a cancellation once cancelled)',
  })
  async invite(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const invite = await this.feeds.invite(user, id);
    calendarHeaders(res, {
      'Content-Disposition': 'attachment; filename="session.ics"',
      'Cache-Control': 'private, no-store',
    });
    return invite;
  }
}
