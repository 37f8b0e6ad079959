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
}

export interface MentorSummary {
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
  capacity: number;
  vetting: VettingState;
}

export interface StartupSummary {
  id: string;
  nameEn: string;
  nameZh: string;
  incubatorId: string;
  sectors: SectorCode[];
  stage: StageCode;
  languages: LanguageCode[];
  timeZone: string;
  marketDirection: MarketDirectionCode;
  needs: TopicCode[];
}
