import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IncubatorView, ParkView, TAXONOMIES } from '@torchbridge/contracts';
import { AnyRole, CurrentUser, Public, Roles } from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { AddManagerDto, CreateIncubatorDto, CreateParkDto } from './dto/directory.dto';
import { DirectoryService } from './directory.service';

@ApiTags('directory')
@ApiBearerAuth()
@Controller()
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Public()
  @Get('taxonomies')
  @ApiOperation({ summary: 'Sectors, stages, topics and other code lists with English and Chinese labels' })
  taxonomies(): typeof TAXONOMIES {
    return TAXONOMIES;
  }

  @AnyRole()
  @Get('parks')
  @ApiOperation({ summary: 'Science parks (the 54 national STIPs) and international hubs, with incubator counts' })
  parks(): Promise<(ParkView & { incubatorCount: number })[]> {
    return this.directory.parks();
  }

  @Roles('manager', 'admin')
  @Post('parks')
  @ApiOperation({ summary: 'Add a park or a hub outside China (managers)' })
  createPark(@Body() dto: CreateParkDto): Promise<ParkView & { incubatorCount: number }> {
    return this.directory.createPark(dto);
  }

  @AnyRole()
  @Get('incubators')
  @ApiQuery({ name: 'parkId', required: false })
  @ApiOperation({ summary: 'Technology business incubators, optionally of one park' })
  incubators(@Query('parkId', new ParseUUIDPipe({ optional: true })) parkId?: string): Promise<IncubatorView[]> {
    return this.directory.incubators(parkId);
  }

  @Roles('manager', 'admin')
  @Post('incubators')
  @ApiOperation({ summary: 'Add an incubator to a park (a manager who adds one runs it)' })
  createIncubator(@CurrentUser() user: AuthUser, @Body() dto: CreateIncubatorDto): Promise<IncubatorView> {
    return this.directory.createIncubator(user, dto);
  }

  @Roles('manager', 'admin')
  @Post('incubators/:id/managers')
  @ApiOperation({ summary: "Appoint a community manager to an incubator (admins, or the incubator's managers)" })
  addManager(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AddManagerDto): Promise<IncubatorView> {
    return this.directory.addManager(user, id, dto.userId);
  }

  @AnyRole()
  @Get('parks/:id')
  @ApiOperation({ summary: 'One science park' })
  async park(@Param('id', ParseUUIDPipe) id: string): Promise<ParkView & { incubatorCount: number }> {
    return this.directory.park(id);
  }
}
