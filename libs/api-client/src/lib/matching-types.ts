import type { CohortMode, MilestoneCode } from '@torchbridge/contracts';

/** Query of `GET /api/recommendations`. */
export interface RecommendationQuery {
  /** 1..50; the API answers 10 when left out. */
  limit?: number;
  /** Include mentors the startup has worked with before. */
  allowRepeat?: boolean;
}

/** Body of `POST /api/mentorship-requests`. */
export interface CreateRequestInput {
  mentorId: string;
  message: string;
}

/** Founders read their sent box, mentors their received one. */
export type RequestBox = 'sent' | 'received';

/** Body of `POST /api/mentorships/:id/end`. */
export interface EndMentorshipInput {
  outcome: 'completed' | 'ended';
  reason?: string;
}

/** Body of `POST /api/mentorships/:id/milestones`; `title` is required for `custom`. */
export interface ProposeMilestoneInput {
  code: MilestoneCode;
  title?: string;
}

/** Body of `POST /api/mentorships/:id/feedback`. */
export interface FeedbackInput {
  /** A whole number from 1 to 5. */
  rating: number;
  comment: string;
}

export interface PairRef {
  startupId: string;
  mentorId: string;
}

/** Body of `PUT /api/cohort-runs/:id`: re-runs a draft. */
export interface CohortSettingsInput {
  mode: CohortMode;
  pins?: PairRef[];
  forbids?: PairRef[];
  allowRepeat?: boolean;
}

/** Body of `POST /api/cohort-runs`. */
export interface CreateCohortRunInput extends CohortSettingsInput {
  name: string;
  startupIds: string[];
  mentorIds: string[];
}
