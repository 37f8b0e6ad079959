import { useTranslation } from 'react-i18next';

/** The next directory page for a picker; nothing once everything is loaded. */
export function LoadMore({
  pages,
}: {
  pages: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    fetchNextPage(): unknown;
  };
}) {
  const { t } = useTranslation('directory');
  if (!pages.hasNextPage) {
    return null;
  }
  return (
    <button
      type="button"
      className="button button-secondary"
      disabled={pages.isFetchingNextPage}
      onClick={() => void pages.fetchNextPage()}
    >
      {pages.isFetchingNextPage ? t('loadingMore') : t('loadMore')}
    </button>
  );
}
