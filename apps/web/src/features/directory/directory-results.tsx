import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '@torchbridge/ui';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import './directory.css';

export interface DirectoryResultsProps<T> {
  items: readonly T[];
  isPending: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage(): void;
  retry(): void;
  loadFailed: string;
  empty: string;
  renderItem(item: T): ReactNode;
  listClassName?: string;
}

/** The shared body of a directory: loading, failure with retry, empty state, the cards and "Load more". */
export function DirectoryResults<T>({
  items,
  isPending,
  error,
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
  retry,
  loadFailed,
  empty,
  renderItem,
  listClassName = 'park-grid directory-grid',
}: DirectoryResultsProps<T>) {
  const { t } = useTranslation(['directory', 'common']);
  if (isPending) {
    return <StatusMessage>{t('common:app.loading')}</StatusMessage>;
  }
  if (error && items.length === 0) {
    return (
      <div className="stack">
        <ApiErrorAlert title={loadFailed} error={error} />
        <button
          type="button"
          className="button button-secondary"
          onClick={retry}
        >
          {t('common:app.retry')}
        </button>
      </div>
    );
  }
  if (items.length === 0) {
    return <p className="empty-state">{empty}</p>;
  }
  return (
    <>
      <ul className={listClassName}>{items.map(renderItem)}</ul>
      {error ? <ApiErrorAlert title={loadFailed} error={error} /> : null}
      <div className="directory-more">
        <StatusMessage className="muted">
          {hasNextPage ? t('showing', { count: items.length }) : t('end')}
        </StatusMessage>
        {hasNextPage && (
          <button
            type="button"
            className="button button-secondary"
            onClick={fetchNextPage}
            disabled={isFetchingNextPage}
          >
            {isFetchingNextPage ? t('loadingMore') : t('loadMore')}
          </button>
        )}
      </div>
    </>
  );
}
