import type { CohortPairView, Locale, PairRef } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../lib/i18n/bilingual';
import { ReasonList } from '../matching/reason-list';
import { hasPair } from './pair-refs';

/** The proposed pairs with score and reasons; in a draft, each row can be pinned or forbidden for the next run. */
export function PairTable({
  pairs,
  pins,
  forbids,
  editable,
  locale,
  onPin,
  onForbid,
}: {
  pairs: readonly CohortPairView[];
  pins: readonly PairRef[];
  forbids: readonly PairRef[];
  editable: boolean;
  locale: Locale;
  onPin(pair: CohortPairView): void;
  onForbid(pair: CohortPairView): void;
}) {
  const { t } = useTranslation('cohorts');
  return (
    <div className="table-scroll">
      <table className="table pair-table">
        <caption className="visually-hidden">{t('pairs')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('startup')}</th>
            <th scope="col">{t('mentor')}</th>
            <th scope="col" className="numeric">
              {t('score')}
            </th>
            <th scope="col">{t('reasons')}</th>
            {editable && <th scope="col">{t('actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair) => {
            const startup = pickText(
              pair.startupNameEn,
              pair.startupNameZh,
              locale,
            ).text;
            const names = { startup, mentor: pair.mentorName };
            const pinned = hasPair(pins, pair);
            const forbidden = hasPair(forbids, pair);
            return (
              <tr key={`${pair.startupId}|${pair.mentorId}`}>
                <th scope="row">
                  {startup}
                  {pair.pinned && (
                    <>
                      {' '}
                      <span className="badge badge-quiet">{t('pinned')}</span>
                    </>
                  )}
                </th>
                <td>{pair.mentorName}</td>
                <td className="numeric">{pair.score}</td>
                <td>
                  <ReasonList reasons={pair.reasons} perspective="pair" />
                </td>
                {editable && (
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        className="button button-secondary"
                        aria-pressed={pinned}
                        aria-label={t(pinned ? 'unpinPair' : 'pinPair', names)}
                        onClick={() => onPin(pair)}
                      >
                        {pinned ? t('unpin') : t('pin')}
                      </button>
                      <button
                        type="button"
                        className="button button-secondary"
                        aria-pressed={forbidden}
                        aria-label={t(
                          forbidden ? 'allowPair' : 'forbidPair',
                          names,
                        )}
                        onClick={() => onForbid(pair)}
                      >
                        {forbidden ? t('allow') : t('forbid')}
                      </button>
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
