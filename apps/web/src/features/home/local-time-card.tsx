import type { Locale } from '@torchbridge/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatClockTime,
  formatShortDate,
  formatZoneName,
} from '../../lib/time/format';

export function LocalTimeCard({
  now,
  locale,
  timeZone,
}: {
  now: Date;
  locale: Locale;
  timeZone: string;
}) {
  const { t } = useTranslation('home');
  const headingId = useId();
  const zoned = { locale, timeZone };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('localTime.title')}</h2>
      <p className="clock-large">
        <time dateTime={now.toISOString()}>{formatClockTime(now, zoned)}</time>
      </p>
      <p>{formatShortDate(now, zoned)}</p>
      <p className="muted">
        {t('localTime.zone', { zone: timeZone })} · {formatZoneName(now, zoned)}
      </p>
    </section>
  );
}
