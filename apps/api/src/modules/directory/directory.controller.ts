import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParkView, TAXONOMIES } from '@torchbridge/contracts';
import { AnyRole, Public } from '../../common/decorators/access.decorators';
import { DirectoryService } from './directory.service';

@ApiTags('directory')
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
  @ApiBearerAuth()
  @Get('parks')
  @ApiOperation({ summary: 'Science parks (the 54 national STIPs) and international hubs, with incubator counts' })
  parks(): Promise<(ParkView & { incubatorCount: number })[]> {
    return this.directory.parks();
  }
}
