import { isApiError } from '@torchbridge/api-client';
import type { ImportKind, ImportRequest } from '@torchbridge/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ChoiceGroup,
  FieldError,
  FieldHint,
  PageTitle,
  StatusMessage,
  SubmitRow,
  useFieldIds,
} from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { MENTORS_QUERY_KEY } from '../mentors/mentors-page';
import { STARTUPS_QUERY_KEY } from '../startups/startups-page';
import { ImportColumnsCard } from './import-columns-card';
import { ImportReportCard } from './import-report-card';
import { readFileText } from './read-file';
import './imports.css';

export function ImportsPage() {
  const { t } = useTranslation('imports');
  const api = useApi();
  const queryClient = useQueryClient();
  const formId = useId();
  const [kind, setKind] = useState<ImportKind>('mentors');
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | undefined>();
  const fileIds = useFieldIds(true, Boolean(fileProblem));
  const preview = useMutation({
    mutationFn: (body: ImportRequest) => api.previewImport(body),
  });
  const confirm = useMutation({
    mutationFn: (id: string) => api.confirmImport(id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: MENTORS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: STARTUPS_QUERY_KEY }),
      ]),
  });
  const report = preview.data;

  function startOver() {
    preview.reset();
    confirm.reset();
  }

  async function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startOver();
    if (!file) {
      setFileProblem(t('fileRequired'));
      return;
    }
    let csv: string;
    try {
      csv = await readFileText(file);
    } catch {
      setFileProblem(t('fileUnreadable'));
      return;
    }
    setFileProblem(undefined);
    preview.mutate({ kind, csv, fileName: file.name });
  }

  const alreadyConfirmed =
    isApiError(confirm.error) &&
    confirm.error.code === 'import.already_confirmed';

  return (
    <div className="page page-narrow">
      <PageTitle title={t('title')} />
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
      </header>
      <section className="card" aria-labelledby={`${formId}title`}>
        <h2 id={`${formId}title`} className="visually-hidden">
          {t('check')}
        </h2>
        <form
          className="form"
          noValidate
          onSubmit={(event) => void check(event)}
        >
          <ChoiceGroup<ImportKind>
            legend={t('kind')}
            name="kind"
            value={kind}
            choices={[
              { value: 'mentors', label: t('kindMentors') },
              { value: 'startups', label: t('kindStartups') },
            ]}
            onChange={(next) => {
              setKind(next);
              startOver();
            }}
          />
          <div className="field">
            <label htmlFor={fileIds.control} className="field-label">
              {t('file')}
            </label>
            <FieldHint ids={fileIds} hint={t('fileHint')} />
            <FieldError ids={fileIds} error={fileProblem} />
            <input
              id={fileIds.control}
              className="input input-file"
              type="file"
              name="csv"
              accept=".csv,text/csv"
              aria-describedby={fileIds.describedBy}
              aria-invalid={fileProblem ? true : undefined}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setFileProblem(undefined);
                startOver();
              }}
            />
          </div>
          <ApiErrorAlert error={preview.error} />
          <SubmitRow
            pending={preview.isPending}
            label={t('check')}
            pendingLabel={t('checking')}
          />
        </form>
      </section>
      {report && (
        <>
          <ImportReportCard report={confirm.data ?? report} />
          <div className="form-actions import-actions">
            {confirm.isSuccess ? (
              <StatusMessage className="success-text">
                {t('done', { count: confirm.data.written ?? 0 })}
              </StatusMessage>
            ) : report.goodRows > 0 ? (
              <button
                type="button"
                className="button button-primary"
                disabled={confirm.isPending || alreadyConfirmed}
                onClick={() => confirm.mutate(report.id)}
              >
                {confirm.isPending
                  ? t('confirming')
                  : t('confirm', { count: report.goodRows })}
              </button>
            ) : (
              <p>{t('nothingToImport')}</p>
            )}
          </div>
          <ApiErrorAlert error={confirm.error} />
        </>
      )}
      <ImportColumnsCard kind={kind} />
    </div>
  );
}
