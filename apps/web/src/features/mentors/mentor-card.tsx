import type { Locale, MentorCard as Mentor } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ChipList } from '@torchbridge/ui';
import { pickText } from '../../lib/i18n/bilingual';
import { taxonomyLabel } from '../../lib/taxonomy/taxonomy-labels';
import { LocalTimeDetail, LocationDetail } from '../directory/profile-blocks';

export function MentorCard({
  mentor,
  locale,
  now,
  yourZone,
  staff,
}: {
  mentor: Mentor;
  locale: Locale;
  now: Date;
  yourZone: string;
  staff: boolean;
}) {
  const { t } = useTranslation(['mentors', 'common', 'directory']);
  const headline = pickText(mentor.headlineEn, mentor.headlineZh, locale);
  const label = (name: Parameters<typeof taxonomyLabel>[0], code: string) =>
    taxonomyLabel(name, code, locale);

  return (
    <li className="card park-card directory-card">
      <h2 className="park-name">
        <Link to={`/mentors/${mentor.id}`}>{mentor.displayName}</Link>
      </h2>
      <p className="directory-headline" lang={headline.lang}>
        {headline.text}
      </p>
      <p className="park-tags">
        <span className="badge">
          {label('mentorCategories', mentor.category)}
        </span>
        {mentor.status === 'paused' && (
          <span className="badge badge-warning">
            {mentor.pausedUntil
              ? t('pausedUntil', { date: mentor.pausedUntil })
              : t('paused')}
          </span>
        )}
        {staff && mentor.vetting !== 'approved' && (
          <span className="badge badge-quiet">
            {t(`common:vettingStates.${mentor.vetting}`)}
          </span>
        )}
      </p>
      <ChipList
        label={t('directory:sectors')}
        items={mentor.sectors.map((code) => label('sectors', code))}
        quiet
      />
      <ChipList
        label={t('directory:languages')}
        items={mentor.languages.map((code) => label('languages', code))}
        quiet
      />
      <dl className="details details-compact">
        <LocationDetail
          city={mentor.city}
          country={mentor.country}
          locale={locale}
        />
        <LocalTimeDetail
          theirZone={mentor.timeZone}
          yourZone={yourZone}
          now={now}
          locale={locale}
        />
      </dl>
      <p className="muted directory-card-foot">
        {t('freePlaces', {
          count: mentor.freePlaces,
          capacity: mentor.capacity,
        })}
      </p>
    </li>
  );
}
