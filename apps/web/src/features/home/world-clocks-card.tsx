import type { Locale } from '@torchbridge/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BERLIN,
  SHANGHAI,
  formatClockTime,
  formatShortDate,
  formatZoneName,
  hoursAhead,
} from '../../lib/time/format';
import '../../lib/time/clocks.css';

function Clock({
  now,
  locale,
  timeZone,
  city,
}: {
  now: Date;
  locale: Locale;
  timeZone: string;
  city: string;
}) {
  const zoned = { locale, timeZone };
  return (
    <div className="clock">
      <p className="clock-city">{city}</p>
      <p className="clock-time">
        <time dateTime={now.toISOString()}>{formatClockTime(now, zoned)}</time>
      </p>
      <p className="muted clock-meta">{formatShortDate(now, zoned)}</p>
      <p className="muted clock-meta">{formatZoneName(now, zoned)}</p>
    </div>
  );
}

/** Shenzhen founders and Berlin mentors plan across these two zones, so both clocks sit side by side. */
export function WorldClocksCard({
  now,
  locale,
}: {
  now: Date;
  locale: Locale;
}) {
  const { t } = useTranslation('home');
  const headingId = useId();

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('clocks.title')}</h2>
      <div className="clock-pair">
        <Clock
          now={now}
          locale={locale}
          timeZone={SHANGHAI}
          city={t('clocks.shanghai')}
        />
        <Clock
          now={now}
          locale={locale}
          timeZone={BERLIN}
          city={t('clocks.berlin')}
        />
      </div>
      <p className="muted">
        {t('clocks.ahead', { hours: hoursAhead(now, SHANGHAI, BERLIN) })}
      </p>
    </section>
  );
}
