import { isApiError } from '@torchbridge/api-client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle, StatusMessage } from '@torchbridge/ui';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';

/** Loading and failure states of a detail page; a 404 reads as "not found", other errors offer a retry. */
export function DetailState({
  error,
  backTo,
  loadFailed,
  retry,
}: {
  error: unknown;
  backTo: string;
  loadFailed: string;
  retry(): void;
}) {
  const { t } = useTranslation(['directory', 'common']);
  if (!error) {
    return (
      <StatusMessage className="page-status">
        {t('common:app.loading')}
      </StatusMessage>
    );
  }
  const missing =
    isApiError(error) && (error.status === 404 || error.status === 400);
  return (
    <div className="page page-narrow">
      <PageTitle title={missing ? t('common:notFound.title') : loadFailed} />
      <h1>{missing ? t('common:notFound.title') : loadFailed}</h1>
      {missing ? (
        <p>{t('notFound')}</p>
      ) : (
        <div className="stack">
          <ApiErrorAlert error={error} />
          <button
            type="button"
            className="button button-secondary"
            onClick={retry}
          >
            {t('common:app.retry')}
          </button>
        </div>
      )}
      <p>
        <Link to={backTo}>{t('back')}</Link>
      </p>
    </div>
  );
}
