import type { MentorProfileInput } from '@torchbridge/contracts';
import type {
  LanguageCode,
  MentorCategoryCode,
  MentorDetail,
  SectorCode,
  StageCode,
  TopicCode,
} from '@torchbridge/contracts';
import { toNumber } from './startup-form-state';

export interface MentorFormState {
  category: MentorCategoryCode | '';
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
  capacity: string;
  status: 'open' | 'paused';
  pausedUntil: string;
  /** One company or fund per line. */
  conflicts: string;
  phone: string;
}

export function emptyMentorForm(timeZone: string): MentorFormState {
  return {
    category: '',
    headlineEn: '',
    headlineZh: '',
    bioEn: '',
    bioZh: '',
    sectors: [],
    stages: [],
    topics: [],
    languages: [],
    timeZone,
    country: '',
    city: '',
    capacity: '2',
    status: 'open',
    pausedUntil: '',
    conflicts: '',
    phone: '',
  };
}

export function mentorFormFrom(detail: MentorDetail): MentorFormState {
  return {
    category: detail.category,
    headlineEn: detail.headlineEn,
    headlineZh: detail.headlineZh,
    bioEn: detail.bioEn,
    bioZh: detail.bioZh,
    sectors: [...detail.sectors],
    stages: [...detail.stages],
    topics: [...detail.topics],
    languages: [...detail.languages],
    timeZone: detail.timeZone,
    country: detail.country,
    city: detail.city,
    capacity: String(detail.capacity),
    status: detail.status,
    pausedUntil: detail.pausedUntil ?? '',
    conflicts: detail.conflicts.join('\n'),
    phone: detail.contact?.phone ?? '',
  };
}

/** The PUT body; an unset category is sent as empty so the server names the field. */
export function mentorInputFrom(state: MentorFormState): MentorProfileInput {
  const {
    category,
    pausedUntil,
    phone,
    conflicts,
    capacity,
    country,
    ...rest
  } = state;
  return {
    ...rest,
    category: category as MentorProfileInput['category'],
    country: country.trim().toUpperCase(),
    capacity: toNumber(capacity),
    conflicts: conflicts
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    ...(state.status === 'paused' || pausedUntil ? { pausedUntil } : {}),
    ...(phone.trim() ? { phone: phone.trim() } : {}),
  };
}
