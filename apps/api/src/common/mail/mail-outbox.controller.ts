import {
  Controller,
  Get,
  Header,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { OutboxMailView } from '@torchbridge/contracts';
import { AnyRole, CurrentUser } from '../decorators/access.decorators';
import type { AuthUser } from '../http/auth-user';
import { MailService } from './mail.service';

@ApiTags('dev outbox')
@ApiBearerAuth()
@Controller('dev/outbox')
export class MailOutboxController {
  constructor(private readonly mail: MailService) {}

  @AnyRole()
  @Get()
  @ApiOperation({
    summary:
      'Mail the product sent while no SMTP server is configured: my own (everyone’s for an admin), newest 100',
    description:
      'Empty when SMTP_URL is set: mail then leaves over SMTP and nothing is kept.',
  })
  list(@CurrentUser() user: AuthUser): Promise<OutboxMailView[]> {
    return this.mail.outbox(user);
  }

  @AnyRole()
  @Get(':id/attachments/:index')
  @Header('Cache-Control', 'private, no-store')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiOperation({
    summary:
      'One attachment of a mail in my dev outbox (an invite.ics), with its content type',
  })
  async attachment(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('index', ParseIntPipe) index: number,
  ): Promise<StreamableFile> {
    const file = await this.mail.attachment(user, id, index);
    return new StreamableFile(file.content, {
      type: file.contentType,
      disposition: `attachment; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`,
    });
  }
}
