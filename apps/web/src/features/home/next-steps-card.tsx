import type { Role } from '@torchbridge/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** Only links to pages that exist; each role gets wording for why the page matters to them. */
export function NextStepsCard({ role }: { role: Role }) {
  const { t } = useTranslation('home');
  const headingId = useId();

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('nextSteps.title')}</h2>
      <ul className="link-list">
        <li>
          <Link to="/parks">{t(`nextSteps.parks.${role}`)}</Link>
        </li>
        <li>
          <Link to="/settings">{t(`nextSteps.settings.${role}`)}</Link>
        </li>
      </ul>
    </section>
  );
}
