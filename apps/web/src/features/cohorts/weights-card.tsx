import { isApiError } from '@torchbridge/api-client';
import { WEIGHT_KEYS, type MatchWeights } from '@torchbridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage, SubmitRow, TextField } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { QueryState } from '../../lib/api/query-state';

const WEIGHTS_KEY = ['programme-weights'] as const;
type WeightKey = (typeof WEIGHT_KEYS)[number];
type Draft = Record<WeightKey, string>;

const toDraft = (weights: MatchWeights): Draft =>
  Object.fromEntries(
    WEIGHT_KEYS.map((key) => [key, String(weights[key])]),
  ) as Draft;

const sumOf = (draft: Draft) =>
  WEIGHT_KEYS.reduce((sum, key) => sum + (Number(draft[key]) || 0), 0);

function WeightsForm({ initial }: { initial: MatchWeights }) {
  const { t } = useTranslation('cohorts');
  const api = useApi();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [sentSum, setSentSum] = useState(0);
  const save = useMutation({
    mutationFn: (weights: MatchWeights) => api.saveMatchWeights(weights),
    onSuccess: (saved) => queryClient.setQueryData(WEIGHTS_KEY, saved),
  });
  const sum = sumOf(draft);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSentSum(sum);
    // The server is the judge of the sum; its 400 is shown in words below.
    save.mutate(
      Object.fromEntries(
        WEIGHT_KEYS.map((key) => [key, Number(draft[key]) || 0]),
      ) as MatchWeights,
    );
  }

  // The API names `weights` when the seven do not add up to 100.
  const refusedSum =
    isApiError(save.error) &&
    save.error.detailFor('weights')?.code === 'field.invalid';
  return (
    <form className="form" noValidate onSubmit={submit}>
      <div className="weights-grid">
        {WEIGHT_KEYS.map((key) => (
          <TextField
            key={key}
            label={t(`weights.${key}`)}
            name={key}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={draft[key]}
            onChange={(event) =>
              setDraft({ ...draft, [key]: event.target.value })
            }
          />
        ))}
      </div>
      <p
        aria-live="polite"
        className={sum === 100 ? 'weights-sum' : 'weights-sum field-error'}
      >
        {t('weights.sum', { sum })}
      </p>
      {refusedSum ? (
        <div role="alert" className="alert alert-error">
          <p>{t('weights.sumWrong', { sum: sentSum })}</p>
        </div>
      ) : (
        <ApiErrorAlert error={save.error} />
      )}
      <StatusMessage className="success-text">
        {save.isSuccess ? t('weights.saved') : ''}
      </StatusMessage>
      <SubmitRow
        pending={save.isPending}
        label={t('weights.save')}
        pendingLabel={t('weights.saving')}
      />
    </form>
  );
}

/** The programme's seven matching weights, with a live total; saved only when they add up to 100. */
export function WeightsCard({ headingId }: { headingId: string }) {
  const { t } = useTranslation('cohorts');
  const api = useApi();
  const weights = useQuery({
    queryKey: WEIGHTS_KEY,
    queryFn: () => api.matchWeights(),
  });
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('weights.title')}</h2>
      <p className="muted">{t('weights.intro')}</p>
      <QueryState query={weights} loadFailed={t('weights.loadFailed')}>
        {(data) => <WeightsForm initial={data} />}
      </QueryState>
    </section>
  );
}
