import type {
  MentorCategoryCode,
  MentorDetail,
  MentorProfileInput,
} from '@torchbridge/contracts';
import { toNumber } from './startup-form-state';

/** What the inputs hold: the profile input with numbers and lists as text, and '' for what is not chosen yet. */
export interface MentorFormState
  extends Omit<
    MentorProfileInput,
    'category' | 'capacity' | 'pausedUntil' | 'conflicts' | 'phone'
  > {
  category: MentorCategoryCode | '';
  capacity: string;
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
