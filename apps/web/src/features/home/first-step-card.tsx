import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../lib/api/services-context';
import { orNullOn404 } from '../profiles/my-startup-page';
import { MY_STARTUP_QUERY_KEY } from '../profiles/startup-form';

/** A founder without a startup profile sees this before anything else: matching and requests need it. */
export function FirstStepCard() {
  const { t } = useTranslation('home');
  const api = useApi();
  const headingId = useId();
  const startup = useQuery({
    queryKey: MY_STARTUP_QUERY_KEY,
    queryFn: () => orNullOn404(() => api.myStartup()),
  });
  if (startup.data !== null) {
    return null;
  }
  return (
    <section className="card first-step-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('firstStep.title')}</h2>
      <p>{t('firstStep.body')}</p>
      <p>
        <Link className="button button-primary" to="/me/startup">
          {t('firstStep.action')}
        </Link>
      </p>
    </section>
  );
}
