import type { Locale } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { zonePlace, zonedDay, zonedRange } from './booking-time';

/** One session on two clocks side by side: the reader's and the other person's, each with its day and place. */
export function ZonePair({
  start,
  end,
  viewerZone,
  otherZone,
  otherName,
  locale,
}: {
  start: string;
  end: string;
  viewerZone: string;
  otherZone: string;
  otherName: string;
  locale: Locale;
}) {
  const { t } = useTranslation('booking');
  const at = new Date(start);
  const sides = [
    {
      key: 'mine',
      label: t('zones.yours', { place: zonePlace(viewerZone) }),
      zone: viewerZone,
    },
    {
      key: 'theirs',
      label: t('zones.theirs', {
        name: otherName,
        place: zonePlace(otherZone),
      }),
      zone: otherZone,
    },
  ];
  return (
    <dl className="zone-pair">
      {sides.map((side) => (
        <div key={side.key} className="zone-pair-side">
          <dt>{side.label}</dt>
          <dd>
            <time dateTime={start}>
              <span className="zone-pair-day">
                {zonedDay(at, side.zone, locale)}
              </span>{' '}
              <span className="zone-pair-range">
                {zonedRange(start, end, side.zone, locale)}
              </span>
            </time>
          </dd>
        </div>
      ))}
    </dl>
  );
}
