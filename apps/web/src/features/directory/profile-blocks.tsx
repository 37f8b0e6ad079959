import type { Locale } from '@torchbridge/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BilingualText } from '../../lib/i18n/bilingual';
import { placeName } from '../../lib/i18n/countries';
import { LocalTimePair } from '../../lib/time/local-time-pair';
import './directory.css';

interface TimePairProps {
  theirZone: string;
  yourZone: string;
  now: Date;
  locale: Locale;
}

/** The profile's own text (bio or pitch) with a placeholder when both languages are empty. */
export function ProfileTextSection({
  headingId,
  title,
  text,
  empty,
  children,
}: {
  headingId: string;
  title: string;
  text: BilingualText;
  empty: string;
  children?: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {text.text ? (
        <p className="prose" lang={text.lang}>
          {text.text}
        </p>
      ) : (
        <p className="muted">{empty}</p>
      )}
      {children}
    </section>
  );
}

/** The detail page's "Local time" card: their clock beside yours. */
export function LocalTimeSection({
  headingId,
  children,
  ...pair
}: TimePairProps & { headingId: string; children?: ReactNode }) {
  const { t } = useTranslation('directory');
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('localTime')}</h2>
      <LocalTimePair {...pair} detailed />
      {children}
    </section>
  );
}

/** A "Local time" row of a card's details list. */
export function LocalTimeDetail(pair: TimePairProps) {
  const { t } = useTranslation('directory');
  return (
    <div>
      <dt>{t('localTime')}</dt>
      <dd>
        <LocalTimePair {...pair} />
      </dd>
    </div>
  );
}

/** A "Location" row: city and country name, whichever are known. */
export function LocationDetail({
  city,
  country,
  locale,
}: {
  city: string;
  country: string;
  locale: Locale;
}) {
  const { t } = useTranslation('directory');
  return (
    <div>
      <dt>{t('location')}</dt>
      <dd>{placeName(city, country, locale)}</dd>
    </div>
  );
}
