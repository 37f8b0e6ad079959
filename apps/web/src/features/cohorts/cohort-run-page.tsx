import type {
  CohortMode,
  CohortRunView,
  Locale,
  PairRef,
} from '@torchbridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { CheckboxField, ChoiceGroup, PageTitle } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { deviceTimeZone, formatDateTime } from '../../lib/time/format';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { DetailState } from '../directory/detail-state';
import { COHORT_RUNS_KEY } from './cohort-keys';
import { PairTable } from './pair-table';
import { togglePair, withoutPair } from './pair-refs';
import { ProofLine } from './proof-line';
import { UnmatchedList } from './unmatched-list';
import './cohorts.css';

function PublishConfirm({
  onConfirm,
  onCancel,
  busy,
}: {
  onConfirm(): void;
  onCancel(): void;
  busy: boolean;
}) {
  const { t } = useTranslation('cohorts');
  const id = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}title`}
      aria-describedby={`${id}body`}
      className="card confirm-dialog"
    >
      <h3 id={`${id}title`}>{t('publishTitle')}</h3>
      <p id={`${id}body`}>{t('publishBody')}</p>
      <div className="form-actions">
        <button
          ref={confirmRef}
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={onConfirm}
        >
          {t('publishConfirm')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={onCancel}
        >
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

function RunDetail({
  run,
  locale,
  timeZone,
}: {
  run: CohortRunView;
  locale: Locale;
  timeZone: string;
}) {
  const { t } = useTranslation('cohorts');
  const api = useApi();
  const queryClient = useQueryClient();
  const ids = useId();
  const [mode, setMode] = useState<CohortMode>(run.mode);
  const [pins, setPins] = useState<PairRef[]>(run.pins);
  const [forbids, setForbids] = useState<PairRef[]>(run.forbids);
  const [allowRepeat, setAllowRepeat] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const store = async (next: CohortRunView) => {
    queryClient.setQueryData([...COHORT_RUNS_KEY, run.id], next);
    await queryClient.invalidateQueries({
      queryKey: COHORT_RUNS_KEY,
      exact: true,
    });
  };
  const rerun = useMutation({
    mutationFn: () =>
      api.rerunCohortRun(run.id, { mode, pins, forbids, allowRepeat }),
    onSuccess: store,
  });
  const publish = useMutation({
    mutationFn: () => api.publishCohortRun(run.id),
    onSuccess: async (next) => {
      setConfirming(false);
      await store(next);
    },
  });
  const navigate = useNavigate();
  const groupChat = useMutation({
    mutationFn: () => api.createGroupConversation({ cohortRunId: run.id }),
    onSuccess: (conversation) => void navigate(`/messages/${conversation.id}`),
  });
  const draft = run.status === 'draft';
  const error = rerun.error ?? publish.error ?? groupChat.error;

  return (
    <>
      <header className="page-header">
        <h1>{run.name}</h1>
        <p className="park-tags">
          <span className="badge">{t(`modes.${run.mode}`)}</span>
          <span className={draft ? 'badge badge-warning' : 'badge'}>
            {t(`statuses.${run.status}`)}
          </span>
          {run.publishedAt && (
            <span className="badge badge-quiet">
              {t('published', {
                date: formatDateTime(new Date(run.publishedAt), {
                  locale,
                  timeZone,
                }),
              })}
            </span>
          )}
        </p>
        <ProofLine run={run} />
        <p>
          <button
            type="button"
            className="button button-secondary"
            disabled={groupChat.isPending}
            onClick={() => groupChat.mutate()}
          >
            {groupChat.isPending ? t('openingChat') : t('groupChat')}
          </button>{' '}
          <span className="muted">{t('groupChatHint')}</span>
        </p>
        <p className="muted">
          {t('stats', {
            candidates: run.result.candidatePairs,
            // Sub-millisecond digits are noise to a reader.
            ms: Math.round(run.result.solveMs * 10) / 10,
          })}
        </p>
      </header>
      <div className="stack">
        <section className="card" aria-labelledby={`${ids}pairs`}>
          <h2 id={`${ids}pairs`}>{t('pairs')}</h2>
          <PairTable
            pairs={run.result.pairs}
            pins={pins}
            forbids={forbids}
            editable={draft}
            locale={locale}
            onPin={(pair) => {
              setPins(togglePair(pins, pair));
              setForbids(withoutPair(forbids, pair));
            }}
            onForbid={(pair) => {
              setForbids(togglePair(forbids, pair));
              setPins(withoutPair(pins, pair));
            }}
          />
        </section>
        <section className="card" aria-labelledby={`${ids}unmatched`}>
          <h2 id={`${ids}unmatched`}>{t('unmatched')}</h2>
          <UnmatchedList
            startupIds={run.result.unmatchedStartupIds}
            locale={locale}
          />
        </section>
        {draft && (
          <section className="card" aria-labelledby={`${ids}rerun`}>
            <h2 id={`${ids}rerun`}>{t('rerun')}</h2>
            <ChoiceGroup<CohortMode>
              legend={t('mode')}
              name="mode"
              value={mode}
              onChange={setMode}
              choices={[
                { value: 'optimal', label: t('modeOptimal') },
                { value: 'stable', label: t('modeStable') },
              ]}
            />
            <CheckboxField
              label={t('allowRepeat')}
              checked={allowRepeat}
              onChange={(event) => setAllowRepeat(event.target.checked)}
            />
            <ApiErrorAlert error={error} />
            <div className="form-actions">
              <button
                type="button"
                className="button button-primary"
                disabled={rerun.isPending}
                onClick={() => rerun.mutate()}
              >
                {rerun.isPending ? t('rerunning') : t('rerun')}
              </button>
              {!confirming && (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setConfirming(true)}
                >
                  {t('publish')}
                </button>
              )}
            </div>
            {confirming && (
              <PublishConfirm
                busy={publish.isPending}
                onConfirm={() => publish.mutate()}
                onCancel={() => setConfirming(false)}
              />
            )}
          </section>
        )}
      </div>
    </>
  );
}

export function CohortRunPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('cohorts');
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const run = useQuery({
    queryKey: [...COHORT_RUNS_KEY, id],
    queryFn: () => api.cohortRun(id),
  });
  if (!run.data) {
    return (
      <DetailState
        error={run.error}
        backTo="/cohorts"
        loadFailed={t('loadFailed')}
        retry={() => void run.refetch()}
      />
    );
  }
  return (
    <div className="page">
      <PageTitle title={run.data.name} />
      <p>
        <Link to="/cohorts">{t('back')}</Link>
      </p>
      <RunDetail
        run={run.data}
        locale={locale}
        timeZone={user?.timeZone ?? deviceTimeZone()}
      />
    </div>
  );
}
