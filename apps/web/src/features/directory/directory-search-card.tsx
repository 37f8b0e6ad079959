import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SearchBox } from './search-box';
import './directory.css';

/** The search box, a directory's filters and "Clear filters" when any filter is set. */
export function DirectorySearchCard({
  q,
  hint,
  clearTo,
  showClear,
  onSearch,
  children,
}: {
  q: string | undefined;
  hint: string;
  clearTo: string;
  showClear: boolean;
  onSearch(text: string): void;
  children: ReactNode;
}) {
  const { t } = useTranslation('directory');
  return (
    <section className="card filters-card" aria-label={t('search')}>
      <SearchBox value={q ?? ''} hint={hint} onSearch={onSearch} />
      {children}
      {showClear && (
        <p>
          <Link to={clearTo}>{t('clearFilters')}</Link>
        </p>
      )}
    </section>
  );
}
