/** True when the runtime knows `zone` as an IANA time-zone name (e.g. Asia/Shanghai, Europe/Berlin). */
export function isIanaTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) {
    return false;
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    // Offsets such as "+08:00" are accepted by Intl but are not zones: require Area/Location or UTC.
    return zone === 'UTC' || /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(zone);
  } catch {
    return false;
  }
}
