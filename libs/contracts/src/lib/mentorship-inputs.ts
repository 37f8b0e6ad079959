import type { CohortMode, MilestoneCode } from './mentorship';

// What clients send to the matching and mentorship endpoints: the API's DTOs implement these, the API client and the
// web use them.

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
  /** Why this mentor, and what the founder hopes to work on. */
  message: string;
}

/** Body of `POST /api/mentorship-requests/:id/decline`. */
export interface DeclineRequestInput {
  /** Shown to the founder. */
  reason: string;
}

/** Founders read their sent box, mentors their received one. */
export type RequestBox = 'sent' | 'received';

/** Query of `GET /api/mentorship-requests`. */
export interface RequestBoxQuery {
  box?: RequestBox;
}

/** How a mentorship closes: completed, or ended early (with a reason). */
export type MentorshipOutcome = 'completed' | 'ended';

/** Body of `POST /api/mentorships/:id/end`. */
export interface EndMentorshipInput {
  outcome: MentorshipOutcome;
  /** Required when ending early. */
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
  comment?: string;
}

/** One startup–mentor pair of a cohort run. */
export interface PairRef {
  startupId: string;
  mentorId: string;
}

/** Body of `PUT /api/cohort-runs/:id`: re-runs a draft. */
export interface CohortSettingsInput {
  mode: CohortMode;
  /** Pairs that must be in the result. */
  pins?: PairRef[];
  /** Pairs that must not be in the result. */
  forbids?: PairRef[];
  allowRepeat?: boolean;
}

/** Body of `POST /api/cohort-runs`. */
export interface CreateCohortRunInput extends CohortSettingsInput {
  name: string;
  startupIds: string[];
  mentorIds: string[];
}
