import {
  MENTOR_SORTS,
  type MentorQuery,
  type MentorSort,
  type VettingState,
} from '@torchbridge/contracts';
import { knownCodes } from '../../lib/taxonomy/taxonomy-labels';
import { isCountryCode } from '../../lib/i18n/countries';
import { readList } from '../directory/search-params';

const VETTING_STATES: readonly VettingState[] = [
  'pending',
  'approved',
  'rejected',
];

function isMentorSort(value: string | null): value is MentorSort {
  return MENTOR_SORTS.some((sort) => sort === value);
}

function isVettingState(value: string | null): value is VettingState {
  return VETTING_STATES.some((state) => state === value);
}

/** The API query a /mentors URL stands for; unknown values are dropped rather than sent to be refused. */
export function mentorQueryFrom(
  params: URLSearchParams,
  staff: boolean,
): MentorQuery {
  const query: MentorQuery = {
    q: params.get('q')?.trim() || undefined,
    sector: knownCodes('sectors', readList(params, 'sector')),
    stage: knownCodes('stages', readList(params, 'stage')),
    topic: knownCodes('topics', readList(params, 'topic')),
    language: knownCodes('languages', readList(params, 'language')),
    country: readList(params, 'country').filter(isCountryCode),
  };
  if (params.get('available') === 'true') {
    query.available = true;
  }
  const sort = params.get('sort');
  if (isMentorSort(sort)) {
    query.sort = sort;
  }
  const vetting = params.get('vetting');
  if (staff && isVettingState(vetting)) {
    query.vetting = vetting;
  }
  return query;
}

/** True when anything narrows the list (sorting does not). */
export function hasFilters(params: URLSearchParams): boolean {
  return [...params.keys()].some((key) => key !== 'sort');
}

export { VETTING_STATES };
