import {
  Inject,
  Injectable,
  Logger,
  OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OutboxMailView } from '@torchbridge/contracts';
import { createHash } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { col, sqlExec, sqlRow, sqlRows } from '../../database/sql';
import { AppError } from '../errors/app-error';
import type { AuthUser } from '../http/auth-user';

export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  contentType: string;
}

export interface Mail {
  to: string;
  /** The account the address belongs to, whose dev outbox shows the mail. */
  toUserId?: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /**
   * A calendar invite: sent as the text/calendar alternative part mail clients show with accept buttons, and as
   * invite.ics; the dev outbox keeps it as the attachment invite.ics.
   */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
  headers?: Record<string, string>;
  /** Sends once per key, however often it is asked (events are delivered at least once). */
  key?: string;
}

/** What became of a mail: handed to SMTP, stored in the dev outbox, or already sent under its key. */
export type MailOutcome = 'sent' | 'stored' | 'duplicate';

const storedAttachment = z.object({
  filename: z.string(),
  contentType: z.string(),
  content: z.string(),
  encoding: z.enum(['utf8', 'base64']),
});

const outboxRow = z.object({
  id: col.id,
  to_address: col.text,
  subject: col.text,
  text: col.text,
  attachments: z.array(storedAttachment),
  created_at: col.date,
});

const OUTBOX_LIMIT = 100;
const INVITE_FILE = 'invite.ics';

const inviteAttachment = (
  calendar: NonNullable<Mail['calendar']>,
): MailAttachment => ({
  filename: INVITE_FILE,
  content: calendar.content,
  contentType: `text/calendar; charset=utf-8; method=${calendar.method}`,
});
/** Seconds an SMTP server may take to accept a connection, greet, and answer each command. */
const CONNECTION_TIMEOUT_MS = 10_000;
const GREETING_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 30_000;

type Transport = ReturnType<typeof createTransport>;

/**
 * Mail out of the product. With SMTP_URL a pooled SMTP transport sends it, and a failure throws so the caller's
 * job retries. Without it every mail lands in the dev outbox (`mail_outbox`), which its recipient reads in the app,
 * so the embedded default still shows what would have been sent.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport?: Transport;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    if (config.SMTP_URL) {
      this.transport = createTransport(
        {
          url: config.SMTP_URL,
          pool: true,
          maxConnections: 3,
          connectionTimeout: CONNECTION_TIMEOUT_MS,
          greetingTimeout: GREETING_TIMEOUT_MS,
          socketTimeout: SOCKET_TIMEOUT_MS,
        },
        { from: config.MAIL_FROM },
      );
    }
  }

  /** True when mail leaves over SMTP; the dev outbox is then empty. */
  get smtp(): boolean {
    return this.transport !== undefined;
  }

  async send(mail: Mail): Promise<MailOutcome> {
    if (!this.transport) {
      return this.store(mail);
    }
    if (
      mail.key &&
      (await sqlRow(
        this.db,
        z.object({ one: col.int }),
        'SELECT 1 AS one FROM mail_deliveries WHERE idempotency_key = $1',
        [mail.key],
      ))
    ) {
      return 'duplicate';
    }
    await this.transport.sendMail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      attachments: (mail.attachments ?? []).map((a) => ({
        filename: a.filename,
        content: a.content,
        contentType: a.contentType,
      })),
      ...(mail.calendar
        ? {
            icalEvent: {
              method: mail.calendar.method,
              filename: INVITE_FILE,
              content: mail.calendar.content,
            },
          }
        : {}),
      ...(mail.headers ? { headers: mail.headers } : {}),
      // The same key always carries the same Message-ID, so a receiving system can fold a resend into the first.
      ...(mail.key
        ? {
            messageId: `<${createHash('sha256').update(mail.key).digest('hex').slice(0, 32)}@torchbridge>`,
          }
        : {}),
    });
    if (mail.key) {
      // Recorded after the server took it: a crash in between sends it again rather than never.
      await sqlExec(
        this.db,
        'INSERT INTO mail_deliveries (idempotency_key) VALUES ($1) ON CONFLICT DO NOTHING',
        [mail.key],
      );
    }
    return 'sent';
  }

  private async store(mail: Mail): Promise<MailOutcome> {
    const attachments = [
      ...(mail.attachments ?? []),
      ...(mail.calendar ? [inviteAttachment(mail.calendar)] : []),
    ].map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      ...(typeof a.content === 'string'
        ? { content: a.content, encoding: 'utf8' as const }
        : {
            content: a.content.toString('base64'),
            encoding: 'base64' as const,
          }),
    }));
    const created = await sqlRow(
      this.db,
      z.object({ id: col.id }),
      `INSERT INTO mail_outbox (to_address, to_user_id, subject, text, html, attachments, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [
        mail.to,
        mail.toUserId ?? null,
        mail.subject,
        mail.text,
        mail.html ?? null,
        JSON.stringify(attachments),
        mail.key ?? null,
      ],
    );
    if (created) {
      this.logger.log(
        `Mail "${mail.subject}" kept in the dev outbox (no SMTP_URL)`,
      );
    }
    return created ? 'stored' : 'duplicate';
  }

  /** The dev outbox as the viewer may read it: their own mail, or everyone's for an admin; newest first. */
  async outbox(viewer: AuthUser): Promise<OutboxMailView[]> {
    if (this.smtp) {
      return [];
    }
    const rows = await sqlRows(
      this.db,
      outboxRow,
      `SELECT id, to_address, subject, text, attachments, created_at FROM mail_outbox
        WHERE $1::boolean OR to_user_id = $2 ORDER BY created_at DESC, id LIMIT ${OUTBOX_LIMIT}`,
      [viewer.role === 'admin', viewer.id],
    );
    return rows.map((r) => ({
      id: r.id,
      to: r.to_address,
      subject: r.subject,
      text: r.text,
      attachments: r.attachments.map((a) => a.filename),
      createdAt: r.created_at.toISOString(),
    }));
  }

  /** One attachment of a mail the viewer may read; `not_found` otherwise, as for a mail that does not exist. */
  async attachment(
    viewer: AuthUser,
    mailId: string,
    index: number,
  ): Promise<{ filename: string; contentType: string; content: Buffer }> {
    const row = this.smtp
      ? undefined
      : await sqlRow(
          this.db,
          z.object({ attachments: z.array(storedAttachment) }),
          `SELECT attachments FROM mail_outbox WHERE id = $1 AND ($2::boolean OR to_user_id = $3)`,
          [mailId, viewer.role === 'admin', viewer.id],
        );
    const found = row?.attachments[index];
    if (!found) {
      throw new AppError('not_found');
    }
    return {
      filename: found.filename,
      contentType: found.contentType,
      content: Buffer.from(found.content, found.encoding),
    };
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
