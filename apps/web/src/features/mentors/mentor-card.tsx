import type { Locale, MentorCard as Mentor } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { pickText } from '../../lib/i18n/bilingual';
import { countryName } from '../../lib/i18n/countries';
import { LocalTimePair } from '../../lib/time/local-time-pair';
import { taxonomyLabel } from '../../lib/taxonomy/taxonomy-labels';
import { ChipList } from '../../lib/ui/chip-list';

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
  const { t } = useTranslation();
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
              ? t('mentors.pausedUntil', { date: mentor.pausedUntil })
              : t('mentors.paused')}
          </span>
        )}
        {staff && mentor.vetting !== 'approved' && (
          <span className="badge badge-quiet">
            {t(`vettingStates.${mentor.vetting}`)}
          </span>
        )}
      </p>
      <ChipList
        label={t('directory.sectors')}
        items={mentor.sectors.map((code) => label('sectors', code))}
        quiet
      />
      <ChipList
        label={t('directory.languages')}
        items={mentor.languages.map((code) => label('languages', code))}
        quiet
      />
      <dl className="details details-compact">
        <div>
          <dt>{t('directory.location')}</dt>
          <dd>
            {[mentor.city, countryName(mentor.country, locale)]
              .filter(Boolean)
              .join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('directory.localTime')}</dt>
          <dd>
            <LocalTimePair
              theirZone={mentor.timeZone}
              yourZone={yourZone}
              now={now}
              locale={locale}
            />
          </dd>
        </div>
      </dl>
      <p className="muted directory-card-foot">
        {t('mentors.freePlaces', {
          count: mentor.freePlaces,
          capacity: mentor.capacity,
        })}
      </p>
    </li>
  );
}
