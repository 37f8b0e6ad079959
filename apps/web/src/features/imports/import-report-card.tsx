import type { ImportReport } from '@torchbridge/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** "N of M rows are ready" and one table row per problem, with the file's line and column. */
export function ImportReportCard({ report }: { report: ImportReport }) {
  const { t } = useTranslation('imports');
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('ready', { good: report.goodRows, total: report.totalRows })}
      </h2>
      {report.errors.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('problems')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('line')}</th>
                <th scope="col">{t('field')}</th>
                <th scope="col">{t('message')}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((error, index) => (
                <tr key={`${error.line}-${error.field}-${index}`}>
                  <td className="numeric">{error.line}</td>
                  <td>
                    <code>{error.field}</code>
                  </td>
                  <td>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
