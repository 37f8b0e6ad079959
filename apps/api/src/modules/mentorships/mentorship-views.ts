import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MentorshipRequestView, MentorshipView } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Queryable } from '../../common/events/domain-events';
import { col, sqlRows } from '../../database/sql';
import { ConversationsService } from '../chat';
import { ProfilesService } from '../directory';
import { UsersService } from '../users';
import type { MentorshipRow, RequestRow } from './mentorship-rows';

const UNKNOWN_STARTUP = { nameEn: '', nameZh: '', timeZone: 'UTC', sectors: undefined, stage: undefined };

/** How well startups fit one mentor; the matching module provides it (it scores recommendations the same way). */
export interface FitSource {
  fits(mentorId: string, startupIds: string[]): Promise<Map<string, NonNullable<MentorshipRequestView['match']>>>;
}

const startedRow = z.object({ id: col.id, request_id: col.id });
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
  private fitSource?: FitSource;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly profiles: ProfilesService,
    private readonly users: UsersService,
    private readonly conversations: ConversationsService,
  ) {}

  /** The plug-in point for match scores on a mentor's received requests. */
  registerFitSource(source: FitSource): void {
    this.fitSource = source;
  }

  async requests(rows: RequestRow[], runner?: Queryable): Promise<MentorshipRequestView[]> {
    if (rows.length === 0) {
      return [];
    }
    const [parties, founders, started] = await readTogether(
      runner,
      () => this.parties(rows, runner),
      () => this.users.cards(rows.map((r) => r.founder_id), runner),
      () => this.started(rows.filter((r) => r.status === 'accepted').map((r) => r.id), runner),
    );
    return rows.map((r) => {
      const { startupFacts, ...named } = parties(r);
      const mentorship = started.get(r.id);
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
        ...named,
        startup: { ...named.startup, ...startupFacts },
        founder: { id: r.founder_id, displayName: founders.get(r.founder_id)?.displayName ?? '' },
        ...(r.status === 'accepted' ? { mentorshipId: mentorship?.mentorshipId ?? null, conversationId: mentorship?.conversationId ?? null } : {}),
      };
    });
  }

  /** A mentor's received requests with how well each startup fits them. */
  async withFit(mentorId: string, views: MentorshipRequestView[]): Promise<MentorshipRequestView[]> {
    if (!this.fitSource || views.length === 0) {
      return views;
    }
    const fits = await this.fitSource.fits(mentorId, views.map((v) => v.startup.id));
    return views.map((v) => ({ ...v, match: fits.get(v.startup.id) ?? null }));
  }

  /** The mentorship each accepted request started, with its chat. */
  private async started(requestIds: string[], runner?: Queryable): Promise<Map<string, { mentorshipId: string; conversationId: string | null }>> {
    if (requestIds.length === 0) {
      return new Map();
    }
    const rows = await sqlRows(runner ?? this.db, startedRow, 'SELECT id, request_id FROM mentorships WHERE request_id = ANY($1::uuid[])', [requestIds]);
    const conversations = await this.conversations.conversationIdsForMentorships(rows.map((r) => r.id), runner);
    return new Map(rows.map((r) => [r.request_id, { mentorshipId: r.id, conversationId: conversations.get(r.id) ?? null }]));
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
        startup: parties(r).startup,
        mentor: parties(r).mentor,
      };
    });
  }

  /** The startup and mentor of each row, named, from one read of each. */
  private async parties(rows: { startup_id: string; mentor_id: string }[], runner?: Queryable) {
    const startups = await this.profiles.startupCards(rows.map((r) => r.startup_id), runner);
    const mentors = await this.profiles.mentorCards(rows.map((r) => r.mentor_id), runner);
    return (r: { startup_id: string; mentor_id: string }) => {
      const startup = startups.get(r.startup_id) ?? UNKNOWN_STARTUP;
      const mentor = mentors.get(r.mentor_id) ?? UNKNOWN_MENTOR;
      return {
        startupFacts: startup.stage ? { sectors: startup.sectors, stage: startup.stage } : {},
        startup: { id: r.startup_id, nameEn: startup.nameEn, nameZh: startup.nameZh, timeZone: startup.timeZone },
        mentor: { id: r.mentor_id, userId: mentor.userId, displayName: mentor.displayName, timeZone: mentor.timeZone },
      };
    };
  }
}
