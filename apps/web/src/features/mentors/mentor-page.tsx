import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageTitle } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { pickText } from '../../lib/i18n/bilingual';
import { currentLocale } from '../../lib/i18n/i18n';
import { taxonomyLabel } from '../../lib/taxonomy/taxonomy-labels';
import { deviceTimeZone } from '../../lib/time/format';
import { useNow } from '../../lib/time/use-now';
import { ContactBlock } from '../directory/contact-block';
import { DetailState } from '../directory/detail-state';
import { TaxonomyDetails } from '../directory/taxonomy-details';
import {
  LocalTimeSection,
  LocationDetail,
  ProfileTextSection,
} from '../directory/profile-blocks';
import { RequestMentorSection } from './request-mentor-section';

export function MentorPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(['mentors', 'common', 'directory']);
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const now = useNow();
  const timeId = useId();
  const contactId = useId();
  const mentor = useQuery({
    queryKey: ['mentor', id],
    queryFn: () => api.mentor(id),
  });

  if (!mentor.data) {
    return (
      <DetailState
        error={mentor.error}
        backTo="/mentors"
        loadFailed={t('loadFailed')}
        retry={() => void mentor.refetch()}
      />
    );
  }
  const m = mentor.data;
  const headline = pickText(m.headlineEn, m.headlineZh, locale);
  const bio = pickText(m.bioEn, m.bioZh, locale);

  return (
    <div className="page detail-page">
      <PageTitle title={m.displayName} />
      <p>
        <Link to="/mentors">{t('directory:back')}</Link>
      </p>
      <header className="page-header">
        <h1>{m.displayName}</h1>
        <p className="lead" lang={headline.lang}>
          {headline.text}
        </p>
        <p className="park-tags">
          <span className="badge">
            {taxonomyLabel('mentorCategories', m.category, locale)}
          </span>
          {m.status === 'paused' && (
            <span className="badge badge-warning">
              {m.pausedUntil
                ? t('pausedUntil', { date: m.pausedUntil })
                : t('paused')}
            </span>
          )}
          {m.vetting !== 'approved' && (
            <span className="badge badge-quiet">
              {t('vettingState', {
                state: t(`common:vettingStates.${m.vetting}`),
              })}
            </span>
          )}
        </p>
      </header>
      {user?.role === 'founder' && m.vetting === 'approved' && (
        <RequestMentorSection mentor={m} />
      )}
      <div className="detail-grid">
        <div className="stack">
          <ProfileTextSection
            headingId={`${timeId}bio`}
            title={t('bio')}
            text={bio}
            empty={t('noBio')}
          >
            <TaxonomyDetails
              locale={locale}
              rows={[
                ['directory:sectors', 'sectors', m.sectors],
                ['directory:stages', 'stages', m.stages],
                ['directory:topics', 'topics', m.topics],
                ['directory:languages', 'languages', m.languages],
              ]}
            />
          </ProfileTextSection>
        </div>
        <div className="stack">
          <LocalTimeSection
            headingId={timeId}
            theirZone={m.timeZone}
            yourZone={user?.timeZone ?? deviceTimeZone()}
            now={now}
            locale={locale}
          >
            <dl className="details details-compact">
              <LocationDetail
                city={m.city}
                country={m.country}
                locale={locale}
              />
            </dl>
            <p className="muted">
              {t('freePlaces', {
                count: m.freePlaces,
                capacity: m.capacity,
              })}
            </p>
          </LocalTimeSection>
          {m.contact && (
            <section className="card" aria-labelledby={contactId}>
              <h2 id={contactId}>{t('directory:contact')}</h2>
              <ContactBlock contact={m.contact} />
            </section>
          )}
          {m.conflicts.length > 0 && (
            <section className="card" aria-labelledby={`${contactId}conflicts`}>
              <h2 id={`${contactId}conflicts`}>{t('conflicts')}</h2>
              <ul>
                {m.conflicts.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
