import { QueryState as QueryStateView, type QueryLike } from '@torchbridge/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from './api-error-alert';

/** Loading, then the API's failure with a retry, then the children with the data: the states every list page shares. */
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
  return (
    <QueryStateView
      query={query}
      loadingLabel={t('app.loading')}
      retryLabel={t('app.retry')}
      renderError={(error) => (
        <ApiErrorAlert title={loadFailed} error={error} />
      )}
    >
      {children}
    </QueryStateView>
  );
}
