import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AvailabilityView, SlotsView } from '@torchbridge/contracts';
import {
  AnyRole,
  CurrentUser,
  Roles,
} from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { AvailabilityService } from './availability.service';
import { AvailabilityDto, SlotQueryDto } from './dto/availability.dto';

@ApiTags('booking')
@ApiBearerAuth()
@Controller()
export class AvailabilityController {
  constructor(private readonly availability: AvailabilityService) {}

  @Roles('mentor')
  @Get('me/availability')
  @ApiOperation({
    summary:
      'My availability; before I set it, a starting point from my working hours (updatedAt null)',
  })
  mine(@CurrentUser() user: AuthUser): Promise<AvailabilityView> {
    return this.availability.mine(user);
  }

  @Roles('mentor')
  @Put('me/availability')
  @ApiOperation({
    summary:
      'Replace my availability: weekly hours in my zone, date overrides, blackouts, lengths, buffers, notice, horizon, caps, meeting place',
  })
  replace(
    @CurrentUser() user: AuthUser,
    @Body() dto: AvailabilityDto,
  ): Promise<AvailabilityView> {
    return this.availability.replace(user, dto);
  }

  @AnyRole()
  @Get('mentors/:mentorId/slots')
  @ApiOperation({
    summary:
      "A mentor's bookable starts (at most 8 weeks at once), each ranked by how well it fits both people's working hours",
  })
  slots(
    @CurrentUser() user: AuthUser,
    @Param('mentorId', ParseUUIDPipe) mentorId: string,
    @Query() query: SlotQueryDto,
  ): Promise<SlotsView> {
    return this.availability.slots(user, mentorId, query);
  }
}
