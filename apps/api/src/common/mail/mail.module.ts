import { Global, Module } from '@nestjs/common';
import { MailOutboxController } from './mail-outbox.controller';
import { MailService } from './mail.service';

/** Mail for every module: SMTP when configured, the dev outbox otherwise. Owns mail_outbox and mail_deliveries. */
@Global()
@Module({
  controllers: [MailOutboxController],
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}
