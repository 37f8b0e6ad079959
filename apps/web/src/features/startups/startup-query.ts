import {
  STARTUP_SORTS,
  type StartupQuery,
  type StartupSort,
} from '@torchbridge/contracts';
import { knownCodes } from '../../lib/taxonomy/taxonomy-labels';
import { readList } from '../directory/search-params';

function isStartupSort(value: string | null): value is StartupSort {
  return STARTUP_SORTS.some((sort) => sort === value);
}

/** The API query a /startups URL stands for; unknown codes are dropped rather than sent to be refused. */
export function startupQueryFrom(params: URLSearchParams): StartupQuery {
  const query: StartupQuery = {
    q: params.get('q')?.trim() || undefined,
    sector: knownCodes('sectors', readList(params, 'sector')),
    stage: knownCodes('stages', readList(params, 'stage')),
    topic: knownCodes('topics', readList(params, 'topic')),
    language: knownCodes('languages', readList(params, 'language')),
    region: knownCodes('regions', readList(params, 'region')),
  };
  const [direction] = knownCodes(
    'marketDirections',
    readList(params, 'marketDirection'),
  );
  if (direction) {
    query.marketDirection = direction;
  }
  const sort = params.get('sort');
  if (isStartupSort(sort)) {
    query.sort = sort;
  }
  return query;
}
