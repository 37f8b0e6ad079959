import { DataSourceOptions } from 'typeorm';
import { Identity1764000000000 } from './migrations/1764000000000-identity';
import { Directory1764000100000 } from './migrations/1764000100000-directory';
import { DirectorySearch1764000200000 } from './migrations/1764000200000-directory-search';
import { Mentorships1764000300000 } from './migrations/1764000300000-mentorships';
import { Matching1764000400000 } from './migrations/1764000400000-matching';
import { Chat1764000500000 } from './migrations/1764000500000-chat';
import { ChatBatchSend1764000600000 } from './migrations/1764000600000-chat-batch-send';
import { GroupConversations1764000700000 } from './migrations/1764000700000-group-conversations';
import { Outbox1764000800000 } from './migrations/1764000800000-outbox';
import { Booking1764000900000 } from './migrations/1764000900000-booking';
import { MailAndChatNotes1764000950000 } from './migrations/1764000950000-mail-and-chat-notes';
import { Events1764002400000 } from './migrations/1764002400000-events';
import { EventMeetings1764002410000 } from './migrations/1764002410000-event-meetings';
import { EventFeedback1764002420000 } from './migrations/1764002420000-event-feedback';
import { EventLive1764002430000 } from './migrations/1764002430000-event-live';
import { BookingReminders1764000960000 } from './migrations/1764000960000-booking-reminders';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Migrations in order; listed explicitly so the bundled API carries them. */
export const MIGRATIONS = [Identity1764000000000, Directory1764000100000, DirectorySearch1764000200000, Mentorships1764000300000, Matching1764000400000, Chat1764000500000, ChatBatchSend1764000600000, GroupConversations1764000700000, Outbox1764000800000, Booking1764000900000, MailAndChatNotes1764000950000, BookingReminders1764000960000, Events1764002400000, EventMeetings1764002410000, EventFeedback1764002420000, EventLive1764002430000];

export interface DatabaseOptions {
  url: string;
  poolSize: number;
  /** Run pending migrations when the pool opens (the API does; tests migrate once in global setup). */
  migrationsRun: boolean;
}

export function dataSourceOptions(options: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    // No entities: every module reads and writes its tables with typed SQL (docs/decisions.md).
    entities: [],
    migrations: MIGRATIONS,
    migrationsRun: options.migrationsRun,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    extra: { max: options.poolSize, application_name: 'torchbridge-api' },
    // Query errors surface as exceptions; logging them here would print parameters such as password hashes.
    logging: false,
  };
}
