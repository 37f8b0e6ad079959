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
export async function both<A, B, C>(runner: Queryable | undefined, a: () => Promise<A>, b: () => Promise<B>, c: () => Promise<C>): Promise<[A, B, C]> {
  if (runner) {
    return [await a(), await b(), await c()];
  }
  return Promise.all([a(), b(), c()]);
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
    const [startups, mentors, founders] = await both(
      runner,
      () => this.profiles.startupCards(rows.map((r) => r.startup_id), runner),
      () => this.profiles.mentorCards(rows.map((r) => r.mentor_id), runner),
      () => this.users.cards(rows.map((r) => r.founder_id), runner),
    );
    return rows.map((r) => {
      const startup = startups.get(r.startup_id) ?? UNKNOWN_STARTUP;
      const mentor = mentors.get(r.mentor_id) ?? UNKNOWN_MENTOR;
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
        startup: { id: r.startup_id, nameEn: startup.nameEn, nameZh: startup.nameZh, timeZone: startup.timeZone },
        mentor: { id: r.mentor_id, userId: mentor.userId, displayName: mentor.displayName, timeZone: mentor.timeZone },
        founder: { id: r.founder_id, displayName: founders.get(r.founder_id)?.displayName ?? '' },
      };
    });
  }

  async mentorships(rows: MentorshipRow[], runner?: Queryable): Promise<MentorshipView[]> {
    if (rows.length === 0) {
      return [];
    }
    const [startups, mentors, conversations] = await both(
      runner,
      () => this.profiles.startupCards(rows.map((r) => r.startup_id), runner),
      () => this.profiles.mentorCards(rows.map((r) => r.mentor_id), runner),
      () => this.conversations.conversationIdsForMentorships(rows.map((r) => r.id), runner),
    );
    return rows.map((r) => {
      const startup = startups.get(r.startup_id) ?? UNKNOWN_STARTUP;
      const mentor = mentors.get(r.mentor_id) ?? UNKNOWN_MENTOR;
      return {
        id: r.id,
        status: r.status,
        startedAt: r.started_at.toISOString(),
        endedAt: r.ended_at?.toISOString() ?? null,
        endReason: r.end_reason,
        conversationId: conversations.get(r.id) ?? null,
        startup: { id: r.startup_id, nameEn: startup.nameEn, nameZh: startup.nameZh, timeZone: startup.timeZone },
        mentor: { id: r.mentor_id, userId: mentor.userId, displayName: mentor.displayName, timeZone: mentor.timeZone },
      };
    });
  }
}
