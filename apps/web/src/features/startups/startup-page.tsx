import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageTitle } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { pickText } from '../../lib/i18n/bilingual';
import { countryName } from '../../lib/i18n/countries';
import { currentLocale } from '../../lib/i18n/i18n';
import { taxonomyLabel } from '../../lib/taxonomy/taxonomy-labels';
import { deviceTimeZone } from '../../lib/time/format';
import { useNow } from '../../lib/time/use-now';
import { ContactBlock } from '../directory/contact-block';
import { DetailState } from '../directory/detail-state';
import { TaxonomyDetails } from '../directory/taxonomy-details';
import {
  LocalTimeSection,
  ProfileTextSection,
} from '../directory/profile-blocks';
import { incubatorName, startupName } from './startup-names';
import './startups.css';

export function StartupPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(['startups', 'directory']);
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const now = useNow();
  const ids = useId();
  const startup = useQuery({
    queryKey: ['startup', id],
    queryFn: () => api.startup(id),
  });
  // Founders reach their own startup from "My startup"; everyone else from the directory.
  const backTo = user?.role === 'founder' ? '/me/startup' : '/startups';

  if (!startup.data) {
    return (
      <DetailState
        error={startup.error}
        backTo={backTo}
        loadFailed={t('loadFailed')}
        retry={() => void startup.refetch()}
      />
    );
  }
  const s = startup.data;
  const name = startupName(s, locale);
  const incubator = incubatorName(s, locale);
  const pitch = pickText(s.pitchEn, s.pitchZh, locale);

  return (
    <div className="page detail-page">
      <PageTitle title={name.text} />
      <p>
        <Link to={backTo}>{t('directory:back')}</Link>
      </p>
      <header className="page-header">
        <h1 lang={name.lang}>{name.text}</h1>
        <p className="lead" lang={incubator.lang}>
          {incubator.text}
        </p>
        <p className="park-tags">
          <span className="badge">
            {taxonomyLabel('stages', s.stage, locale)}
          </span>
          <span className="badge badge-quiet">
            {taxonomyLabel('marketDirections', s.marketDirection, locale)}
          </span>
          <span className="badge badge-quiet">
            {taxonomyLabel('regions', s.region, locale)}
          </span>
          {s.highTechEnterprise && (
            <span className="badge badge-quiet">{t('highTech')}</span>
          )}
        </p>
      </header>
      <div className="detail-grid">
        <ProfileTextSection
          headingId={`${ids}pitch`}
          title={t('pitch')}
          text={pitch}
          empty={t('noPitch')}
        >
          <TaxonomyDetails
            locale={locale}
            rows={[
              ['directory:sectors', 'sectors', s.sectors],
              ['startups:needs', 'topics', s.needs],
              ['directory:languages', 'languages', s.languages],
            ]}
          />
          <dl className="details details-compact">
            <div>
              <dt>{t('founded')}</dt>
              <dd>{s.foundedYear}</dd>
            </div>
            <div>
              <dt>{t('teamSize')}</dt>
              <dd>{s.teamSize}</dd>
            </div>
            {s.targetMarkets.length > 0 && (
              <div>
                <dt>{t('targetMarkets')}</dt>
                <dd>
                  {s.targetMarkets
                    .map((code) => countryName(code, locale))
                    .join(', ')}
                </dd>
              </div>
            )}
          </dl>
        </ProfileTextSection>
        <div className="stack">
          <LocalTimeSection
            headingId={`${ids}time`}
            theirZone={s.timeZone}
            yourZone={user?.timeZone ?? deviceTimeZone()}
            now={now}
            locale={locale}
          />
          {s.founders.length > 0 && (
            <section className="card" aria-labelledby={`${ids}founders`}>
              <h2 id={`${ids}founders`}>{t('founders')}</h2>
              <ul className="link-list">
                {s.founders.map((founder) => (
                  <li key={founder.userId}>
                    <p className="founder-name">{founder.displayName}</p>
                    <ContactBlock contact={founder.contact} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
