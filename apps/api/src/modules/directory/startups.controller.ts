import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, StartupCard, StartupDetail } from '@torchbridge/contracts';
import { AnyRole, CurrentUser, Roles } from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { StartupProfileDto, StartupQueryDto } from './dto/directory.dto';
import { StartupsService } from './startups.service';

@ApiTags('startups')
@ApiBearerAuth()
@Controller()
export class StartupsController {
  constructor(private readonly startups: StartupsService) {}

  @Roles('mentor', 'manager', 'admin')
  @Get('startups')
  @ApiOperation({ summary: 'Search startups by sector, stage, needs, language, region; keyset-paginated' })
  list(@Query() query: StartupQueryDto): Promise<Page<StartupCard>> {
    return this.startups.list(query);
  }

  @Roles('founder')
  @Get('me/startup')
  @ApiOperation({ summary: 'My startup' })
  mine(@CurrentUser() user: AuthUser): Promise<StartupDetail> {
    return this.startups.mine(user);
  }

  @Roles('founder')
  @Put('me/startup')
  @ApiOperation({ summary: 'Create or update my startup profile' })
  upsert(@CurrentUser() user: AuthUser, @Body() dto: StartupProfileDto): Promise<StartupDetail> {
    return this.startups.upsertMine(user, dto);
  }

  @AnyRole()
  @Get('startups/:id')
  @ApiOperation({ summary: 'One startup; founders’ contact details only for the team, partners and managers' })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<StartupDetail> {
    return this.startups.get(user, id);
  }
}
