import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { withParam } from './search-params';

export type ParamValue = string | readonly string[] | boolean;

/**
 * A directory query kept in the URL, so filters survive reloads and the back button.
 * `parse` must be stable (module-level or memoised), since the query is rebuilt when it changes.
 */
export function useUrlQuery<Q>(parse: (params: URLSearchParams) => Q) {
  const [params, setParams] = useSearchParams();
  const paramsKey = params.toString();
  const query = useMemo(
    () => parse(new URLSearchParams(paramsKey)),
    [paramsKey, parse],
  );
  function change(key: string, value: ParamValue) {
    setParams(withParam(params, key, value));
  }
  return { params, query, change };
}
