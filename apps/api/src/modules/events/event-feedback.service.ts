import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MeetingFeedbackView } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  AppError,
  badField,
  isUniqueViolation,
} from '../../common/errors/app-error';
import type { AuthUser } from '../../common/http/auth-user';
import { col, sqlExec, sqlRow, sqlRows } from '../../database/sql';
import { AccessService } from '../access';
import { ProfilesService } from '../directory';
import { MentorshipRequestsService } from '../mentorships';
import type { MeetingFeedbackDto } from './dto/participant.dto';
import {
  PARTICIPANT_COLUMNS,
  participantRow,
  REQUEST_COLUMNS,
  requestRow,
  roundsOf,
} from './event-rows';
import { EventsService } from './events.service';

const feedbackRow = z.object({
  user_id: col.id,
  follow_up: col.bool,
  continue_as_mentorship: col.bool,
  comment: col.text,
});
const heldRow = z.object({
  round: col.int,
  mentorship_request_id: col.id.nullable(),
});

/**
 * After the event: each side of a meeting says whether to follow up. When the founder and the mentor of a meeting both
 * choose to continue, a mentorship request is made for them (confirmed by the founder, waiting for the mentor), once.
 */
@Injectable()
export class EventFeedbackService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly setup: EventsService,
    private readonly profiles: ProfilesService,
    private readonly mentorshipRequests: MentorshipRequestsService,
  ) {}

  async give(
    user: AuthUser,
    requestId: string,
    dto: MeetingFeedbackDto,
  ): Promise<MeetingFeedbackView> {
    await this.access.require(user, 'event_meeting.party', requestId);
    return this.db
      .transaction(async (tx) => {
        const request = await sqlRow(
          tx,
          requestRow,
          `SELECT ${REQUEST_COLUMNS} FROM event_requests r WHERE r.id = $1 FOR UPDATE`,
          [requestId],
        );
        if (!request) {
          throw new AppError('event.request_not_found');
        }
        const event = await this.setup.row(request.event_id, tx);
        const held = await sqlRow(
          tx,
          heldRow,
          `SELECT m.round, r.mentorship_request_id FROM event_meetings m JOIN event_requests r ON r.id = m.request_id WHERE m.request_id = $1`,
          [requestId],
        );
        const round = held ? roundsOf(event)[held.round] : undefined;
        if (
          !held ||
          !round ||
          Date.parse(round.end) > Date.now() ||
          event.status === 'draft' ||
          event.status === 'open'
        ) {
          throw new AppError('event.meeting_not_held');
        }
        const people = await sqlRows(
          tx,
          participantRow,
          `SELECT ${PARTICIPANT_COLUMNS} FROM event_participants p WHERE p.id = ANY($1::uuid[])`,
          [[request.from_participant_id, request.to_participant_id]],
        );
        const founder = people.find((p) => p.kind === 'founder');
        const mentor = people.find((p) => p.kind === 'mentor');
        const continueAsMentorship = dto.continueAsMentorship ?? false;
        if (continueAsMentorship && !(founder && mentor)) {
          throw badField(
            'continueAsMentorship',
            'continueAsMentorship is for a meeting between a founder and a mentor',
          );
        }
        await sqlExec(
          tx,
          `INSERT INTO event_meeting_feedback (request_id, user_id, follow_up, continue_as_mentorship, comment) VALUES ($1, $2, $3, $4, $5)`,
          [
            requestId,
            user.id,
            dto.followUp,
            continueAsMentorship,
            dto.comment ?? '',
          ],
        );
        let mentorshipRequestId = held.mentorship_request_id;
        const both = await sqlRows(
          tx,
          feedbackRow,
          `SELECT user_id, follow_up, continue_as_mentorship, comment FROM event_meeting_feedback WHERE request_id = $1`,
          [requestId],
        );
        if (
          founder &&
          mentor &&
          !mentorshipRequestId &&
          both.length === 2 &&
          both.every((f) => f.continue_as_mentorship)
        ) {
          const [startupId] = await this.profiles.startupIdsOf(
            founder.user_id,
            tx,
          );
          const mentorId = await this.profiles.mentorIdOf(mentor.user_id, tx);
          if (startupId && mentorId) {
            mentorshipRequestId =
              (await this.mentorshipRequests.propose(tx, {
                startupId,
                founderId: founder.user_id,
                mentorId,
                message: `We met at “${event.title_en}” (${event.title_zh}) and both chose to continue as a mentorship.`,
                cohortRunId: null,
                founderConfirmed: true,
              })) ?? null;
            await sqlExec(
              tx,
              `UPDATE event_requests SET mentorship_request_id = $2 WHERE id = $1`,
              [requestId, mentorshipRequestId],
            );
          }
        }
        return {
          requestId,
          followUp: dto.followUp,
          continueAsMentorship,
          comment: dto.comment ?? '',
          mentorshipRequestId,
        };
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error)
          ? new AppError('event.feedback_duplicate')
          : error;
      });
  }
}
