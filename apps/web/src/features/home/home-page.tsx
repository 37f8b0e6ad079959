import { useTranslation } from 'react-i18next';
import { PageTitle } from '@torchbridge/ui';
import { useSignedInUser } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { useNow } from '../../lib/time/use-now';
import { AccountCard } from './account-card';
import { FirstStepCard } from './first-step-card';
import { LocalTimeCard } from './local-time-card';
import { NextStepsCard } from './next-steps-card';
import { WorldClocksCard } from './world-clocks-card';
import './home.css';

export function HomePage() {
  const { t, i18n } = useTranslation(['home', 'common']);
  const user = useSignedInUser();
  const locale = currentLocale(i18n);
  const now = useNow();

  return (
    <div className="page">
      <PageTitle title={t('pageTitle')} />
      <header className="page-header">
        <h1>{t('greeting', { name: user.displayName })}</h1>
        <p className="muted">
          <span className="badge">
            {t('signedInAs', { role: t(`common:roles.${user.role}`) })}
          </span>
        </p>
        <p className="lead">{t(`intro.${user.role}`)}</p>
      </header>
      {user.role === 'founder' && <FirstStepCard />}
      <div className="card-grid">
        <LocalTimeCard now={now} locale={locale} timeZone={user.timeZone} />
        <WorldClocksCard now={now} locale={locale} />
        <AccountCard user={user} locale={locale} />
        <NextStepsCard role={user.role} />
      </div>
    </div>
  );
}
