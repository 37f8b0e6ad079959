import type { ReasonView } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/i18n/i18n';
import { reasonText, type ReasonPerspective } from './reason-text';
import './matching.css';

/** Why a pair fits, strongest reason first, each with the points it earned. */
export function ReasonList({
  reasons,
  label,
  perspective = 'founder',
}: {
  reasons: readonly ReasonView[];
  label?: string;
  perspective?: ReasonPerspective;
}) {
  const { t, i18n } = useTranslation('matching');
  const locale = currentLocale(i18n);
  return (
    <ul className="reason-list" aria-label={label ?? t('reasons.label')}>
      {reasons.map((reason) => (
        <li key={reason.code} className="reason">
          <span>{reasonText(reason, locale, t, perspective)}</span>{' '}
          <span
            className="reason-points"
            aria-label={t('reasons.pointsLabel', { points: reason.points })}
          >
            {t('reasons.points', { points: reason.points })}
          </span>
        </li>
      ))}
    </ul>
  );
}
