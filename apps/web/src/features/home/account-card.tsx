import type { Locale, UserView } from '@torchbridge/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/time/format';

export function AccountCard({
  user,
  locale,
}: {
  user: UserView;
  locale: Locale;
}) {
  const { t } = useTranslation(['home', 'common']);
  const headingId = useId();
  const createdAt = new Date(user.createdAt);

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('account.title')}</h2>
      <dl className="details">
        <div>
          <dt>{t('account.email')}</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>{t('account.role')}</dt>
          <dd>{t(`common:roles.${user.role}`)}</dd>
        </div>
        <div>
          <dt>{t('account.timeZone')}</dt>
          <dd>{user.timeZone}</dd>
        </div>
        <div>
          <dt>{t('account.memberSince')}</dt>
          <dd>
            <time dateTime={user.createdAt}>
              {formatDateTime(createdAt, { locale, timeZone: user.timeZone })}
            </time>
          </dd>
        </div>
      </dl>
    </section>
  );
}
