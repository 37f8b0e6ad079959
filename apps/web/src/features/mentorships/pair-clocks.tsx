import type { Locale } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import {
  formatClockTime,
  formatZoneName,
  usableTimeZone,
} from '../../lib/time/format';
import '../../lib/time/clocks.css';

/** The startup's and the mentor's wall clocks side by side, each named by side and zone. */
export function PairClocks({
  sides,
  now,
  locale,
}: {
  sides: readonly { label: string; timeZone: string }[];
  now: Date;
  locale: Locale;
}) {
  const { t } = useTranslation('directory');
  return (
    <div className="clock-pair">
      {sides.map((side) => (
        <div className="clock" key={side.label}>
          <p className="clock-city">{side.label}</p>
          <p className="clock-time">
            {formatClockTime(now, { locale, timeZone: side.timeZone })}
          </p>
          <p className="clock-meta muted">
            {t('zoneLine', {
              zone: usableTimeZone(side.timeZone).replaceAll('_', ' '),
              offset: formatZoneName(
                now,
                { locale, timeZone: side.timeZone },
                'longOffset',
              ),
            })}
          </p>
        </div>
      ))}
    </div>
  );
}
