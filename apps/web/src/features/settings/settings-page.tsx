import { useTranslation } from 'react-i18next';
import { PageTitle } from '@torchbridge/ui';
import { useSignedInUser } from '../../lib/auth/auth-context';
import { LanguageSection } from './language-section';
import { ProfileForm } from './profile-form';
import { WorkingHoursForm } from './working-hours-form';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const user = useSignedInUser();

  return (
    <div className="page page-narrow">
      <PageTitle title={t('title')} />
      <header className="page-header">
        <h1>{t('title')}</h1>
      </header>
      {/* Keyed by user so the form starts from the saved values again after another account signs in. */}
      <ProfileForm key={user.id} user={user} />
      <WorkingHoursForm key={`hours-${user.id}`} user={user} />
      <LanguageSection />
    </div>
  );
}
