import type { Locale } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { formatClockTime, formatZoneName, usableTimeZone } from './format';
import './clocks.css';

/** Their wall-clock time next to the viewer's, so a call can be planned across Shenzhen and Berlin. */
export function LocalTimePair({
  theirZone,
  yourZone,
  now,
  locale,
  detailed = false,
}: {
  theirZone: string;
  yourZone: string;
  now: Date;
  locale: Locale;
  /** Also names both zones with their UTC offsets (detail pages). */
  detailed?: boolean;
}) {
  const { t } = useTranslation('directory');
  const clock = (timeZone: string) =>
    formatClockTime(now, { locale, timeZone });
  const zone = (timeZone: string) =>
    t('zoneLine', {
      zone: usableTimeZone(timeZone).replaceAll('_', ' '),
      offset: formatZoneName(now, { locale, timeZone }, 'longOffset'),
    });

  if (!detailed) {
    return (
      <span className="time-pair">
        {t('timePair', {
          theirs: clock(theirZone),
          yours: clock(yourZone),
        })}
      </span>
    );
  }
  return (
    <div className="clock-pair">
      <div className="clock">
        <p className="clock-city">{t('theirTime')}</p>
        <p className="clock-time">{clock(theirZone)}</p>
        <p className="clock-meta muted">{zone(theirZone)}</p>
      </div>
      <div className="clock">
        <p className="clock-city">{t('yourTime')}</p>
        <p className="clock-time">{clock(yourZone)}</p>
        <p className="clock-meta muted">{zone(yourZone)}</p>
      </div>
    </div>
  );
}
