import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ImportReport } from '@torchbridge/contracts';
import { CurrentUser, Roles } from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { CreateImportDto } from './dto/directory.dto';
import { ImportsService } from './imports.service';

@ApiTags('imports')
@ApiBearerAuth()
@Roles('manager', 'admin')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @ApiOperation({ summary: 'Check a CSV of mentors or startups: a per-row report; nothing is written yet' })
  preview(@CurrentUser() user: AuthUser, @Body() dto: CreateImportDto): Promise<ImportReport> {
    return this.imports.preview(user, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'The report of an import' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ImportReport> {
    return this.imports.get(id);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Write the good rows of a checked import, all in one transaction' })
  confirm(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ImportReport> {
    return this.imports.confirm(user, id);
  }
}
