import type { ImportKind } from '@torchbridge/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_COLUMNS } from './import-columns';

/** The header row the chosen kind of file needs, so a manager can prepare it before uploading. */
export function ImportColumnsCard({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation('imports');
  const headingId = useId();
  const { required, optional } = IMPORT_COLUMNS[kind];
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('columns')}</h2>
      <p className="muted">{t('columnsHint')}</p>
      <ul className="column-list">
        {required.map((column) => (
          <li key={column}>
            <code>{column}</code>
          </li>
        ))}
      </ul>
      {optional.length > 0 && (
        <>
          <h3 className="field-label">{t('optionalColumns')}</h3>
          <ul className="column-list">
            {optional.map((column) => (
              <li key={column}>
                <code>{column}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
