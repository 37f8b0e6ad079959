import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BookingView, OfficeHoursView } from '@torchbridge/contracts';
import {
  AnyRole,
  CurrentUser,
  Roles,
} from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import {
  CancelOfficeHoursDto,
  CreateOfficeHoursDto,
  OfficeHoursQueryDto,
} from './dto/office-hours.dto';
import { OfficeHoursService } from './office-hours.service';

@ApiTags('booking')
@ApiBearerAuth()
@Controller('office-hours')
export class OfficeHoursController {
  constructor(private readonly officeHours: OfficeHoursService) {}

  @Roles('mentor')
  @Post()
  @ApiOperation({
    summary:
      'Open office hours with seats; they may lie outside my weekly hours but not over my sessions',
  })
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateOfficeHoursDto,
  ): Promise<OfficeHoursView> {
    return this.officeHours.create(user, dto);
  }

  @AnyRole()
  @Get()
  @ApiOperation({
    summary: 'Office hours still to come, of one mentor or of all',
  })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: OfficeHoursQueryDto,
  ): Promise<OfficeHoursView[]> {
    return this.officeHours.list(user, query.mentorId);
  }

  @Roles('founder')
  @Post(':id/seats')
  @ApiOperation({
    summary: 'Take a seat; 409 office_hours.full once every seat is taken',
  })
  takeSeat(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<BookingView> {
    return this.officeHours.takeSeat(user, id);
  }

  @Roles('mentor')
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Cancel my office hours; every seat is cancelled and its founder told',
  })
  cancel(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CancelOfficeHoursDto,
  ): Promise<OfficeHoursView> {
    return this.officeHours.cancel(user, id, dto);
  }
}
