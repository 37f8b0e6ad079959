import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BookingView } from '@torchbridge/contracts';
import {
  AnyRole,
  CurrentUser,
  Roles,
} from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { BookingsService } from './bookings.service';
import {
  BookingFeedbackDto,
  BookingListQueryDto,
  BookingNoteDto,
  CancelBookingDto,
  CreateBookingDto,
  RescheduleBookingDto,
} from './dto/booking.dto';

@ApiTags('booking')
@ApiBearerAuth()
@Controller('bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  @Roles('founder')
  @Post()
  @ApiOperation({
    summary:
      'Book a session with the mentor of an active mentorship; confirmed at once if the mentor confirms automatically',
  })
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateBookingDto,
  ): Promise<BookingView> {
    return this.bookings.create(user, dto);
  }

  @AnyRole()
  @Get()
  @ApiOperation({
    summary:
      'My sessions as founder or mentor: upcoming (soonest first) or past (latest first)',
  })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: BookingListQueryDto,
  ): Promise<BookingView[]> {
    return this.bookings.list(user, query.scope);
  }

  @AnyRole()
  @Get(':id')
  @ApiOperation({ summary: 'One of my sessions' })
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<BookingView> {
    return this.bookings.get(user, id);
  }

  @Roles('mentor')
  @Post(':id/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm a requested session (its mentor)' })
  confirm(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<BookingView> {
    return this.bookings.confirm(user, id);
  }

  @Roles('founder', 'mentor')
  @Post(':id/reschedule')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Move a session; a reason is needed less than 12 hours before it starts',
  })
  reschedule(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RescheduleBookingDto,
  ): Promise<BookingView> {
    return this.bookings.reschedule(user, id, dto);
  }

  @Roles('founder', 'mentor')
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Cancel a session; a reason is needed less than 12 hours before it starts',
  })
  cancel(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CancelBookingDto,
  ): Promise<BookingView> {
    return this.bookings.cancel(user, id, dto);
  }

  @Roles('mentor')
  @Post(':id/no-show')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Record that the founder did not come (its mentor, once it has started)',
  })
  noShow(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<BookingView> {
    return this.bookings.noShow(user, id);
  }

  @Roles('founder', 'mentor')
  @Post(':id/complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a confirmed session held, once it has ended' })
  complete(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<BookingView> {
    return this.bookings.complete(user, id);
  }

  @Roles('founder', 'mentor')
  @Put(':id/note')
  @ApiOperation({ summary: 'My private note on a session' })
  note(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: BookingNoteDto,
  ): Promise<BookingView> {
    return this.bookings.note(user, id, dto);
  }

  @Roles('founder', 'mentor')
  @Post(':id/feedback')
  @ApiOperation({
    summary: 'Rate a session that took place (1–5 and a comment), once',
  })
  feedback(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: BookingFeedbackDto,
  ): Promise<BookingView> {
    return this.bookings.feedback(user, id, dto);
  }
}
