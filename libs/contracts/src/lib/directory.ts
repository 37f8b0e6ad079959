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

export type VettingState = 'pending' | 'approved' | 'rejected';

export interface ParkView {
  id: string;
  nameEn: string;
  nameZh: string | null;
  city: string;
  province: string | null;
  country: string;
  region: RegionCode;
  website: string | null;
  torchNo: number | null;
}

export interface IncubatorView {
  id: string;
  nameEn: string;
  nameZh: string;
  kind: IncubatorKindCode;
  city: string;
  country: string;
  parkId: string;
  /** Programme staff who manage this incubator. */
  managers?: { userId: string; displayName: string }[];
}

/** Contact details, shown only to the person, their active mentorship partners and managers. */
export interface ContactDetails {
  email: string;
  phone: string | null;
}

export interface MentorCard {
  id: string;
  userId: string;
  displayName: string;
  headlineEn: string;
  headlineZh: string;
  category: MentorCategoryCode;
  sectors: SectorCode[];
  stages: StageCode[];
  topics: TopicCode[];
  languages: LanguageCode[];
  timeZone: string;
  country: string;
  city: string;
  capacity: number;
  freePlaces: number;
  status: 'open' | 'paused';
  pausedUntil: string | null;
  vetting: VettingState;
}

export interface MentorDetail extends MentorCard {
  bioEn: string;
  bioZh: string;
  conflicts: string[];
  vettingReason: string | null;
  contact?: ContactDetails;
}

export interface StartupCard {
  id: string;
  nameEn: string;
  nameZh: string;
  incubatorId: string;
  incubatorNameEn: string;
  incubatorNameZh: string;
  parkId: string;
  region: RegionCode;
  country: string;
  sectors: SectorCode[];
  stage: StageCode;
  languages: LanguageCode[];
  timeZone: string;
  marketDirection: MarketDirectionCode;
  needs: TopicCode[];
}

export interface StartupDetail extends StartupCard {
  foundedYear: number;
  teamSize: number;
  targetMarkets: string[];
  pitchEn: string;
  pitchZh: string;
  highTechEnterprise: boolean;
  founders: { userId: string; displayName: string; contact?: ContactDetails }[];
}

/** A keyset-paginated page: pass `nextCursor` back as `cursor` for the next one. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ImportRowError {
  /** 1-based line number in the file, header = line 1. */
  line: number;
  field: string;
  message: string;
}

export interface ImportReport {
  id: string;
  kind: 'mentors' | 'startups';
  status: 'pending' | 'confirmed';
  totalRows: number;
  goodRows: number;
  errors: ImportRowError[];
  written: number | null;
}
