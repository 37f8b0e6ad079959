import { Injectable } from '@nestjs/common';
import type { MentorshipRequestView, MentorshipView } from '@torchbridge/contracts';
import type { Queryable } from '../../common/events/domain-events';
import { ConversationsService } from '../chat';
import { ProfilesService } from '../directory';
import { UsersService } from '../users';
import type { MentorshipRow, RequestRow } from './mentorship-rows';

const UNKNOWN_STARTUP = { nameEn: '', nameZh: '', timeZone: 'UTC' };
const UNKNOWN_MENTOR = { userId: '', displayName: '', timeZone: 'UTC' };

/**
 * Runs independent reads together on the pool, but one after another on a transaction's single connection
 * (pg queues concurrent queries on one client, and will refuse them).
 */
export async function readTogether<T extends unknown[]>(runner: Queryable | undefined, ...reads: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (!runner) {
    return (await Promise.all(reads.map((read) => read()))) as T;
  }
  const results: unknown[] = [];
  for (const read of reads) {
    results.push(await read());
  }
  return results as T;
}

/** Turns request and mentorship rows into views, with names from their owners in one batched read each. */
@Injectable()
export class MentorshipViews {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly users: UsersService,
    private readonly conversations: ConversationsService,
  ) {}

  async requests(rows: RequestRow[], runner?: Queryable): Promise<MentorshipRequestView[]> {
    if (rows.length === 0) {
      return [];
    }
    const [parties, founders] = await readTogether(
      runner,
      () => this.parties(rows, runner),
      () => this.users.cards(rows.map((r) => r.founder_id), runner),
    );
    return rows.map((r) => {
      return {
        id: r.id,
        status: r.status,
        message: r.message,
        declineReason: r.decline_reason,
        cohortRunId: r.cohort_run_id,
        founderConfirmed: r.founder_confirmed_at !== null,
        createdAt: r.created_at.toISOString(),
        expiresAt: r.expires_at.toISOString(),
        decidedAt: r.decided_at?.toISOString() ?? null,
        ...parties(r),
        founder: { id: r.founder_id, displayName: founders.get(r.founder_id)?.displayName ?? '' },
      };
    });
  }

  async mentorships(rows: MentorshipRow[], runner?: Queryable): Promise<MentorshipView[]> {
    if (rows.length === 0) {
      return [];
    }
    const [parties, conversations] = await readTogether(
      runner,
      () => this.parties(rows, runner),
      () => this.conversations.conversationIdsForMentorships(rows.map((r) => r.id), runner),
    );
    return rows.map((r) => {
      return {
        id: r.id,
        status: r.status,
        startedAt: r.started_at.toISOString(),
        endedAt: r.ended_at?.toISOString() ?? null,
        endReason: r.end_reason,
        conversationId: conversations.get(r.id) ?? null,
        ...parties(r),
      };
    });
  }

  /** The startup and mentor of each row, named, from one read of each. */
  private async parties(rows: { startup_id: string; mentor_id: string }[], runner?: Queryable) {
    const startups = await this.profiles.startupCards(rows.map((r) => r.startup_id), runner);
    const mentors = await this.profiles.mentorCards(rows.map((r) => r.mentor_id), runner);
    return (r: { startup_id: string; mentor_id: string }): Pick<MentorshipView, 'startup' | 'mentor'> => {
      const startup = startups.get(r.startup_id) ?? UNKNOWN_STARTUP;
      const mentor = mentors.get(r.mentor_id) ?? UNKNOWN_MENTOR;
      return {
        startup: { id: r.startup_id, nameEn: startup.nameEn, nameZh: startup.nameZh, timeZone: startup.timeZone },
        mentor: { id: r.mentor_id, userId: mentor.userId, displayName: mentor.displayName, timeZone: mentor.timeZone },
      };
    };
  }
}
