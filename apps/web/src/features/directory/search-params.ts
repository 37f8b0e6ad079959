/** Every value of a list parameter, whether repeated (`?a=x&a=y`) or comma-separated (`?a=x,y`). */
export function readList(params: URLSearchParams, key: string): string[] {
  return params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** A copy of the parameters with one key replaced; an empty value or list removes it. */
export function withParam(
  params: URLSearchParams,
  key: string,
  value: string | readonly string[] | boolean,
): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(key);
  const text = Array.isArray(value)
    ? value.join(',')
    : value === true
      ? 'true'
      : value === false
        ? ''
        : String(value);
  if (text) {
    next.set(key, text);
  }
  return next;
}
