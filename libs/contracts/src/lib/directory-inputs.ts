import type { VettingState } from './directory';
import type {
  IncubatorKindCode,
  LanguageCode,
  MarketDirectionCode,
  MentorCategoryCode,
  RegionCode,
  SectorCode,
  StageCode,
  TopicCode,
} from './taxonomy';

// What clients send to the directory endpoints: the API's DTOs implement these, the API client and the web use them.

export const MENTOR_SORTS = ['name', 'newest', 'free-places'] as const;
export type MentorSort = (typeof MENTOR_SORTS)[number];
export const STARTUP_SORTS = ['name', 'newest'] as const;
export type StartupSort = (typeof STARTUP_SORTS)[number];

/** Filters shared by both directories; every list narrows the result (values within one list are alternatives). */
export interface DirectoryQuery {
  q?: string;
  sector?: readonly SectorCode[];
  stage?: readonly StageCode[];
  topic?: readonly TopicCode[];
  language?: readonly LanguageCode[];
  /** ISO 3166-1 alpha-2 codes. */
  country?: readonly string[];
  cursor?: string;
  limit?: number;
}

/** Query of `GET /api/mentors`. */
export interface MentorQuery extends DirectoryQuery {
  available?: boolean;
  /** Honoured for managers and admins only. */
  vetting?: VettingState;
  sort?: MentorSort;
}

/** Query of `GET /api/startups`. */
export interface StartupQuery extends DirectoryQuery {
  region?: readonly RegionCode[];
  marketDirection?: MarketDirectionCode;
  sort?: StartupSort;
}

/** Body of `PUT /api/me/mentor-profile`. */
export interface MentorProfileInput {
  category: MentorCategoryCode;
  headlineEn: string;
  headlineZh: string;
  bioEn: string;
  bioZh: string;
  sectors: SectorCode[];
  stages: StageCode[];
  topics: TopicCode[];
  languages: LanguageCode[];
  timeZone: string;
  country: string;
  city: string;
  capacity: number;
  status: 'open' | 'paused';
  /** YYYY-MM-DD; required while paused. */
  pausedUntil?: string;
  conflicts: string[];
  phone?: string;
}

/** Body of `PUT /api/me/startup`. */
export interface StartupProfileInput {
  nameEn: string;
  nameZh: string;
  incubatorId: string;
  /** When given, the incubator must belong to this park. */
  parkId?: string;
  sectors: SectorCode[];
  stage: StageCode;
  foundedYear: number;
  teamSize: number;
  languages: LanguageCode[];
  timeZone: string;
  marketDirection: MarketDirectionCode;
  targetMarkets: string[];
  needs: TopicCode[];
  pitchEn: string;
  pitchZh: string;
  highTechEnterprise: boolean;
}

/** Body of `POST /api/mentors/:id/vetting`; a reason is required to reject. */
export type VettingDecision =
  | { decision: 'approved'; reason?: string }
  | { decision: 'rejected'; reason: string };

/** Body of `POST /api/parks`. */
export interface CreateParkInput {
  nameEn: string;
  nameZh?: string;
  city: string;
  province?: string;
  country: string;
  region: RegionCode;
  website?: string;
}

/** Body of `POST /api/incubators`. */
export interface CreateIncubatorInput {
  nameEn: string;
  nameZh: string;
  parkId: string;
  kind: IncubatorKindCode;
  city: string;
  country: string;
}

export type ImportKind = 'mentors' | 'startups';

/** Body of `POST /api/imports`. */
export interface ImportRequest {
  kind: ImportKind;
  csv: string;
  fileName?: string;
}
