import type { Locale, StartupCard as Startup } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ChipList } from '@torchbridge/ui';
import { taxonomyLabel } from '../../lib/taxonomy/taxonomy-labels';
import { LocalTimeDetail } from '../directory/profile-blocks';
import { incubatorName, startupName } from './startup-names';

export function StartupCard({
  startup,
  locale,
  now,
  yourZone,
}: {
  startup: Startup;
  locale: Locale;
  now: Date;
  yourZone: string;
}) {
  const { t } = useTranslation(['startups', 'directory']);
  const name = startupName(startup, locale);
  const incubator = incubatorName(startup, locale);
  return (
    <li className="card park-card directory-card">
      <h2 className="park-name" lang={name.lang}>
        <Link to={`/startups/${startup.id}`}>{name.text}</Link>
      </h2>
      <p className="muted directory-headline" lang={incubator.lang}>
        {incubator.text}
      </p>
      <p className="park-tags">
        <span className="badge">
          {taxonomyLabel('stages', startup.stage, locale)}
        </span>
        <span className="badge badge-quiet">
          {taxonomyLabel('marketDirections', startup.marketDirection, locale)}
        </span>
        <span className="badge badge-quiet">
          {taxonomyLabel('regions', startup.region, locale)}
        </span>
      </p>
      <ChipList
        label={t('directory:sectors')}
        items={startup.sectors.map((code) =>
          taxonomyLabel('sectors', code, locale),
        )}
        quiet
      />
      <dl className="details details-compact">
        {startup.needs.length > 0 && (
          <div>
            <dt>{t('needs')}</dt>
            <dd>
              {startup.needs
                .map((code) => taxonomyLabel('topics', code, locale))
                .join(locale === 'zh-CN' ? '、' : ', ')}
            </dd>
          </div>
        )}
        <LocalTimeDetail
          theirZone={startup.timeZone}
          yourZone={yourZone}
          now={now}
          locale={locale}
        />
      </dl>
    </li>
  );
}
