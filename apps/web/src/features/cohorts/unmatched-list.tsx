import type { Locale } from '@torchbridge/contracts';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/api/services-context';
import { startupName } from '../startups/startup-names';

/** Startups the run left without a mentor; the run holds only ids, so names are read from the directory. */
export function UnmatchedList({
  startupIds,
  locale,
}: {
  startupIds: readonly string[];
  locale: Locale;
}) {
  const { t } = useTranslation(['cohorts', 'common']);
  const api = useApi();
  const startups = useQueries({
    queries: startupIds.map((id) => ({
      queryKey: ['startup', id],
      queryFn: () => api.startup(id),
    })),
  });
  if (startupIds.length === 0) {
    return <p className="muted">{t('noneUnmatched')}</p>;
  }
  return (
    <ul className="chip-list" aria-label={t('unmatched')}>
      {startupIds.map((id, index) => {
        const data = startups[index]?.data;
        const name = data ? startupName(data, locale) : null;
        return (
          <li key={id} className="badge badge-quiet" lang={name?.lang}>
            {name?.text ??
              (startups[index]?.error ? id : t('common:app.loading'))}
          </li>
        );
      })}
    </ul>
  );
}
