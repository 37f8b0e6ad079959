import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from './api-error-alert';
import { StatusMessage } from './status-message';

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  refetch(): unknown;
}

/** Loading, then failure with a retry, then the children with the data: the states every list page shares. */
export function QueryState<T>({
  query,
  loadFailed,
  children,
}: {
  query: QueryLike<T>;
  loadFailed: string;
  children(data: T): ReactNode;
}) {
  const { t } = useTranslation();
  if (query.data !== undefined) {
    return <>{children(query.data)}</>;
  }
  if (!query.error) {
    return <StatusMessage>{t('app.loading')}</StatusMessage>;
  }
  return (
    <div className="stack">
      <ApiErrorAlert title={loadFailed} error={query.error} />
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void query.refetch()}
      >
        {t('app.retry')}
      </button>
    </div>
  );
}
