/** A founder asks a mentor; the mentor has this long to answer before the request expires. */
export const REQUEST_TTL_DAYS = 7;
/** Pending requests a startup may have at once. */
export const MAX_PENDING_REQUESTS = 3;

export type RequestStatus = 'pending' | 'accepted' | 'declined' | 'expired' | 'withdrawn';
export type MentorshipStatus = 'active' | 'completed' | 'ended';

export interface MentorshipRequestView {
  id: string;
  status: RequestStatus;
  message: string;
  declineReason: string | null;
  /** Set when a manager's cohort run proposed the pair. */
  cohortRunId: string | null;
  /** Programme proposals wait for the founder before the mentor can accept. */
  founderConfirmed: boolean;
  createdAt: string;
  expiresAt: string;
  decidedAt: string | null;
  startup: { id: string; nameEn: string; nameZh: string; timeZone: string; sectors?: import('./taxonomy').SectorCode[]; stage?: import('./taxonomy').StageCode };
  mentor: { id: string; userId: string; displayName: string; timeZone: string };
  founder: { id: string; displayName: string };
  /** Once accepted: the mentorship it started and that mentorship's chat. */
  mentorshipId?: string | null;
  conversationId?: string | null;
  /** On a mentor's received requests: how well the startup fits them, as recommendations score it (null: not eligible). */
  match?: { score: number; reasons: ReasonView[] } | null;
}

/** Milestones a pair commonly agrees on; `custom` carries its own title. */
export const MILESTONE_CODES = ['pilot-production', 'market-validation', 'first-eu-customer', 'first-china-customer', 'certification', 'funding-round', 'custom'] as const;
export type MilestoneCode = (typeof MILESTONE_CODES)[number];

export const MILESTONE_LABELS: Record<MilestoneCode, { en: string; zh: string }> = {
  'pilot-production': { en: 'Pilot production', zh: '中试生产' },
  'market-validation': { en: 'Market validation', zh: '市场验证' },
  'first-eu-customer': { en: 'First EU customer', zh: '首个欧盟客户' },
  'first-china-customer': { en: 'First customer in China', zh: '首个中国客户' },
  certification: { en: 'Certification obtained (CE / CCC)', zh: '取得认证（CE / CCC）' },
  'funding-round': { en: 'Funding round closed', zh: '完成一轮融资' },
  custom: { en: 'Custom milestone', zh: '自定义里程碑' },
};

export interface MilestoneView {
  id: string;
  code: MilestoneCode;
  title: string;
  proposedBy: string;
  agreed: boolean;
  achievedAt: string | null;
}

export interface FeedbackView {
  authorId: string;
  rating: number;
  comment: string;
  createdAt: string;
}

export interface MentorshipView {
  id: string;
  status: MentorshipStatus;
  startedAt: string;
  endedAt: string | null;
  endReason: string | null;
  conversationId: string | null;
  startup: { id: string; nameEn: string; nameZh: string; timeZone: string };
  mentor: { id: string; userId: string; displayName: string; timeZone: string };
  milestones?: MilestoneView[];
  feedback?: FeedbackView[];
}

/** Criteria of the matching score, in the order managers see them. */
export const WEIGHT_KEYS = ['sector', 'stage', 'needs', 'language', 'overlap', 'market', 'load'] as const;
export type MatchWeights = Record<(typeof WEIGHT_KEYS)[number], number>;

/** A structured reason; the web renders it in the reader's language from `code` and `params`. */
export interface ReasonView {
  code: 'sector' | 'stage' | 'stage-near' | 'needs' | 'language' | 'overlap' | 'market' | 'load';
  points: number;
  params: Record<string, string | number | string[]>;
}

export interface RecommendationView {
  mentor: import('./directory').MentorCard;
  score: number;
  reasons: ReasonView[];
}

export type CohortMode = 'optimal' | 'stable';

export interface CohortPairView {
  startupId: string;
  startupNameEn: string;
  startupNameZh: string;
  mentorId: string;
  mentorName: string;
  score: number;
  reasons: ReasonView[];
  pinned: boolean;
}

export interface CohortRunView {
  id: string;
  name: string;
  mode: CohortMode;
  status: 'draft' | 'published';
  startupIds: string[];
  mentorIds: string[];
  pins: { startupId: string; mentorId: string }[];
  forbids: { startupId: string; mentorId: string }[];
  createdAt: string;
  publishedAt: string | null;
  result: {
    pairs: CohortPairView[];
    unmatchedStartupIds: string[];
    objective: number;
    /** Best total any assignment could reach under the same constraints. */
    optimalObjective: number;
    /** The dual certificate was checked: the optimal assignment is proven optimal. */
    certified: boolean;
    candidatePairs: number;
    /** Stable mode: pairs that would rather be together (0 for a stable result). */
    blockingPairs: number | null;
    solveMs: number;
  };
}
