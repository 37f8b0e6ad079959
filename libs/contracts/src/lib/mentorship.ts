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
  createdAt: string;
  expiresAt: string;
  decidedAt: string | null;
  startup: { id: string; nameEn: string; nameZh: string; timeZone: string };
  mentor: { id: string; userId: string; displayName: string; timeZone: string };
  founder: { id: string; displayName: string };
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
}

export interface NotificationView {
  id: string;
  kind: 'request.received' | 'request.accepted' | 'request.declined' | 'request.expired';
  payload: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
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
