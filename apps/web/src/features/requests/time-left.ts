import type { TFunction } from 'i18next';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** "3 days left" while a day or more remains, then hours, so the last day reads precisely. */
export function timeLeft(
  expiresAt: string,
  now: Date,
  t: TFunction<'requests'>,
): string {
  const remaining = Math.max(0, new Date(expiresAt).getTime() - now.getTime());
  if (remaining >= DAY) {
    return t('daysLeft', { count: Math.floor(remaining / DAY) });
  }
  return t('hoursLeft', { count: Math.ceil(remaining / HOUR) });
}
