import { isApiError } from '@torchbridge/api-client';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle, StatusMessage } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { deviceTimeZone } from '../../lib/time/format';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { emptyMentorForm, mentorFormFrom } from './mentor-form-state';
import {
  MentorProfileForm,
  MY_MENTOR_PROFILE_QUERY_KEY,
} from './mentor-profile-form';
import { VettingStatus } from './vetting-status';
import './profiles.css';

export function MyMentorProfilePage() {
  const { t } = useTranslation(['profiles', 'common']);
  const api = useApi();
  const { user } = useAuth();
  const mine = useQuery({
    queryKey: MY_MENTOR_PROFILE_QUERY_KEY,
    // A 404 means no profile yet: the form starts empty and saving creates one.
    queryFn: () =>
      api.myMentorProfile().catch((error: unknown) => {
        if (isApiError(error) && error.code === 'mentor.profile_missing') {
          return null;
        }
        throw error;
      }),
  });

  return (
    <div className="page page-narrow">
      <PageTitle title={t('mentor.title')} />
      <header className="page-header">
        <h1>{t('mentor.title')}</h1>
        <p className="lead">{t('mentor.intro')}</p>
      </header>
      {mine.isPending && (
        <StatusMessage>{t('common:app.loading')}</StatusMessage>
      )}
      {mine.isError && (
        <div className="stack">
          <ApiErrorAlert title={t('form.loadFailed')} error={mine.error} />
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void mine.refetch()}
          >
            {t('common:app.retry')}
          </button>
        </div>
      )}
      {mine.isSuccess && (
        <>
          {mine.data ? (
            <>
              <VettingStatus profile={mine.data} />
              {mine.data.vetting === 'approved' && (
                <p>
                  <Link to={`/mentors/${mine.data.id}`}>
                    {user?.displayName}
                  </Link>
                </p>
              )}
            </>
          ) : (
            <p className="notice">{t('mentor.newProfile')}</p>
          )}
          <MentorProfileForm
            initial={
              mine.data
                ? mentorFormFrom(mine.data)
                : emptyMentorForm(user?.timeZone ?? deviceTimeZone())
            }
          />
        </>
      )}
    </div>
  );
}
